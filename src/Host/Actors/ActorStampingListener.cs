using Briefing.Identity.Contracts;
using Marten;

namespace Briefing.Host.Actors;

/// <summary>
/// Stamps the current actor on every event a session is about to store, in whatever module and
/// whatever code appended it. Work without a user (start-up, background) is the system. An event
/// that names its actor already keeps it (a sign-in acts as the user it signs in, though the
/// request came in anonymous).
/// </summary>
public sealed class ActorStampingListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var actor = CurrentActor.Value ?? Actor.System;
        foreach (var @event in session.PendingChanges.Streams().SelectMany(stream => stream.Events)
                     .Where(@event => @event.Headers?.ContainsKey(ActorHeaders.Id) != true))
        {
            @event.SetHeader(ActorHeaders.Id, actor.Id);
            @event.SetHeader(ActorHeaders.Name, actor.Name);
        }

        return Task.CompletedTask;
    }
}
