using Briefing.Identity.Contracts;
using Marten;

namespace Briefing.Host.Actors;

/// <summary>
/// Stamps the current actor on every event a session is about to store, in whatever module and
/// whatever code appended it. Work without a user (start-up, background) is the system.
/// </summary>
public sealed class ActorStampingListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var actor = CurrentActor.Value ?? Actor.System;
        foreach (var @event in session.PendingChanges.Streams().SelectMany(stream => stream.Events))
        {
            @event.SetHeader(ActorHeaders.Id, actor.Id);
            @event.SetHeader(ActorHeaders.Name, actor.Name);
        }

        return Task.CompletedTask;
    }
}
