using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace Briefing.Audit.Chain;

/// <summary>
/// Chains every event any module stores to the event before it in its stream (<see cref="EventHash"/>),
/// in the same transaction. Runs after the actor is stamped (the host registers that listener first).
/// The instant is set here from the application's clock (unless the appending code named it), at the
/// precision the database keeps and never before the stream's last event, so the hash covers the timestamp as stored. An
/// append to an existing stream made without an expected version gets one, so two writers cannot
/// both extend the same link.
/// </summary>
public sealed class EventChainListener(TimeProvider clock) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var streams = session.PendingChanges.Streams().ToList();
        if (streams.Count == 0)
        {
            return;
        }

        var lastLinks = await LastLinksAsync(session, [.. streams.Where(s => s.ActionType != StreamActionType.Start).Select(s => s.Id)], token);
        var serializer = session.DocumentStore.Options.Serializer();
        var now = StoredPrecision.Of(clock.GetUtcNow());
        foreach (var stream in streams)
        {
            var link = lastLinks.GetValueOrDefault(stream.Id) ?? new EventHash.Link(stream.Id, 0, "", DateTimeOffset.MinValue);
            if (stream.ActionType != StreamActionType.Start)
            {
                stream.ExpectedVersionOnServer ??= link.Version;
            }

            foreach (var @event in stream.Events)
            {
                var instant = @event.Timestamp == default ? now : StoredPrecision.Of(@event.Timestamp);
                @event.Timestamp = instant >= link.Instant ? instant : link.Instant;
                var actor = ActorHeaders.From(@event.Headers?.ToDictionary(h => h.Key, h => h.Value?.ToString()) ?? []) ?? Actor.System;
                link = link.Next(@event.EventTypeName, serializer.ToJson(@event.Data), actor, @event.Timestamp);
                @event.SetHeader(EventHash.Header, link.Hash);
            }
        }
    }

    /// <summary>The last stored event of each stream, in one indexed query (hash and instant only, not the data).</summary>
    private static async Task<Dictionary<Guid, EventHash.Link>> LastLinksAsync(IDocumentSession session, Guid[] streamIds, CancellationToken token)
    {
        var links = new Dictionary<Guid, EventHash.Link>();
        if (streamIds.Length == 0)
        {
            return links;
        }

        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(token);
        await using var command = new NpgsqlCommand(
            $"select distinct on (stream_id) stream_id, version, coalesce(headers->>'{EventHash.Header}', ''), timestamp " +
            $"from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events where stream_id = any(@ids) order by stream_id, version desc",
            connection);
        command.Parameters.AddWithValue("ids", streamIds);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            var streamId = reader.GetGuid(0);
            links[streamId] = new EventHash.Link(streamId, reader.GetInt64(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
        }

        return links;
    }
}
