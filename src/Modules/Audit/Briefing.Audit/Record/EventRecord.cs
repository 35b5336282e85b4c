using Briefing.Audit.Chain;
using Briefing.Identity.Contracts;
using Marten;
using Npgsql;

namespace Briefing.Audit.Record;

/// <summary>
/// Reads the stored events of named streams straight from the event tables: one indexed look-up
/// by stream id, so the cost depends on the streams asked for, not on the size of the archive.
/// </summary>
public sealed class EventRecord(IDocumentStore store)
{
    private readonly string _schema = store.Options.Events.DatabaseSchemaName;

    public async Task<IReadOnlyList<StoredEvent>> EventsOfAsync(IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // PostgreSQL picks the actor and the hash out of the headers: nothing else in them is read.
        await using var command = new NpgsqlCommand(
            $"""
            select seq_id, stream_id, version, type, timestamp, headers ->> '{ActorHeaders.Id}', headers ->> '{ActorHeaders.Name}', headers ->> '{EventHash.Header}', data::text
            from {_schema}.mt_events where stream_id = any(@ids) order by seq_id
            """,
            connection);
        command.Parameters.AddWithValue("ids", streamIds.ToArray());
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var actor = ActorHeaders.From(TextOrNull(reader, 5), TextOrNull(reader, 6)) ?? Actor.System;
            events.Add(new StoredEvent(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), actor, TextOrNull(reader, 7), reader.GetString(8)));
        }

        return events;
    }

    /// <summary>The version each stream says it has reached, which a deleted last event would contradict.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> StreamVersionsAsync(IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select id, version from {_schema}.mt_streams where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", streamIds.ToArray());
        var versions = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    private static string? TextOrNull(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
