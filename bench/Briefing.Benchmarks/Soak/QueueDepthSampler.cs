using System.Diagnostics;
using Npgsql;

namespace Briefing.Benchmarks.Soak;

/// <summary>
/// Every second, how many envelopes wait in Wolverine's durable inbox (status <c>Incoming</c>): the
/// messages the modules have been sent and not yet handled.
/// </summary>
public sealed class QueueDepthSampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly NpgsqlDataSource _database;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(TimeSpan At, long Depth)> _samples = [];
    private readonly Task _sampling;

    private QueueDepthSampler(string connectionString)
    {
        _database = NpgsqlDataSource.Create(connectionString);
        _sampling = SampleAsync();
    }

    public static QueueDepthSampler Start(string connectionString) => new(connectionString);

    /// <summary>Stops sampling; returns every sample, with when it was taken after the start.</summary>
    public async Task<IReadOnlyList<(TimeSpan At, long Depth)>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return _samples;
    }

    private async Task SampleAsync()
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                await using var count = _database.CreateCommand("select count(*) from wolverine.wolverine_incoming_envelopes where status = 'Incoming'");
                _samples.Add((clock.Elapsed, (long)(await count.ExecuteScalarAsync(_stop.Token))!));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
        await _database.DisposeAsync();
    }
}
