using Briefing.Identity.Contracts;
using JasperFx.Events;
using Marten;

namespace Briefing.Audit.Chain;

/// <summary>
/// Chains every event any module stores to the event before it in its stream (<see cref="EventHash"/>),
/// in the same transaction. Runs after the actor is stamped (the host registers that listener first).
/// The instant is set here (unless the appending code named it), at the precision the database
/// keeps, so the hash covers the timestamp as stored. An append to an
/// existing stream made without an expected version gets one, so two writers cannot both extend
/// the same link.
/// </summary>
public sealed class EventChainListener : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var serializer = session.DocumentStore.Options.Serializer();
        foreach (var stream in session.PendingChanges.Streams())
        {
            var link = new EventHash.Link(stream.Id, 0, "", DateTimeOffset.MinValue);
            if (stream.ActionType != StreamActionType.Start)
            {
                var last = await session.Events.QueryAllRawEvents()
                    .Where(e => e.StreamId == stream.Id)
                    .OrderByDescending(e => e.Version)
                    .FirstOrDefaultAsync(token);
                if (last is not null)
                {
                    link = new EventHash.Link(stream.Id, last.Version, last.Headers?.GetValueOrDefault(EventHash.Header)?.ToString() ?? "", last.Timestamp);
                }

                stream.ExpectedVersionOnServer ??= link.Version;
            }

            // Read after the look-up and never before the last event: a stream's instants do not go backwards.
            var now = EventHash.ToStoredPrecision(DateTimeOffset.UtcNow);
            foreach (var @event in stream.Events)
            {
                var instant = @event.Timestamp == default ? now : EventHash.ToStoredPrecision(@event.Timestamp);
                @event.Timestamp = instant > link.Instant ? instant : link.Instant.AddTicks(10);
                var actor = ActorHeaders.From(@event.Headers?.ToDictionary(h => h.Key, h => h.Value?.ToString()) ?? []) ?? Actor.System;
                link = link.Next(@event.EventTypeName, serializer.ToJson(@event.Data), actor, @event.Timestamp);
                @event.SetHeader(EventHash.Header, link.Hash);
            }
        }
    }
}
