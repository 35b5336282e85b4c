using System.Diagnostics;
using Marten;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>Rebuilding the projections from the archive, in events per second, against a raw sequential read of the events table.</summary>
public static class RebuildScenario
{
    public const string Name = "rebuild";

    public static async Task<IReadOnlyList<Measurement>> RunAsync(string connectionString, BenchSettings settings)
    {
        await using var inProcess = new InProcessStore(connectionString);
        var store = inProcess.Store;
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        await Archive.GrowToAsync(connectionString, settings.Quick ? 100_000L : 1_000_000L);
        var events = await CountAsync(connectionString);
        var raw = Stopwatch.StartNew();
        await ReadAllAsync(connectionString);
        raw.Stop();

        // Where a rebuild's time goes: reading the events into objects, before any projection applies them.
        var deserialise = Stopwatch.StartNew();
        await using (var session = store.QuerySession())
        {
            await foreach (var _ in session.Events.QueryAllRawEvents().ToAsyncEnumerable())
            {
            }
        }

        deserialise.Stop();

        var projections = ((DocumentStore)store).Options.Projections.AllAggregateTypes().ToList();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var rebuild = Stopwatch.StartNew();
        foreach (var projection in projections)
        {
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(10), CancellationToken.None);
        }

        rebuild.Stop();
        var rawRate = events / raw.Elapsed.TotalSeconds;
        var rebuildRate = events / rebuild.Elapsed.TotalSeconds;
        return
        [
            new Measurement(Name, $"rebuild all {projections.Count} projections from {events:N0} events", rebuildRate, double.NaN, double.NaN,
                $"{rebuildRate / rawRate:P0} of the raw read (goal ≥ 50 %); {rebuild.Elapsed.TotalSeconds:0.0} s"),
            new Measurement(Name, $"Marten read of {events:N0} events into objects, no projection", events / deserialise.Elapsed.TotalSeconds, double.NaN, double.NaN,
                $"{events / deserialise.Elapsed.TotalSeconds / rawRate:P0} of the raw read; {deserialise.Elapsed.TotalSeconds:0.0} s"),
            new Measurement(Name, $"raw sequential read of {events:N0} events (Npgsql)", rawRate, double.NaN, double.NaN, $"{raw.Elapsed.TotalSeconds:0.0} s"),
        ];
    }

    private static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from events.mt_events", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task ReadAllAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select seq_id, stream_id, version, type, timestamp, data::text from events.mt_events order by seq_id", connection) { CommandTimeout = 0 };
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(5);
        }
    }
}
