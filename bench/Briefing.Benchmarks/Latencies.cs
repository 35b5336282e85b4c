using System.Collections.Concurrent;
using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>Runs an operation from several clients at once, first for a warm-up, then for a fixed time, timing each call.</summary>
public static class Latencies
{
    public static async Task<(IReadOnlyList<double> Milliseconds, TimeSpan Elapsed)> MeasureAsync(
        int clients, TimeSpan warmUp, TimeSpan duration, Func<int, Task> operation)
    {
        await RunAsync(clients, warmUp, operation, null);
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await RunAsync(clients, duration, operation, latencies);
        return ([.. latencies], clock.Elapsed);
    }

    /// <summary>Calls for at least the warm-up time and five times, one after the other: long enough for the JIT to finish optimising the path.</summary>
    public static async Task WarmOneAtATimeAsync(Func<Task> call, TimeSpan warmUpTime)
    {
        var warmUp = Stopwatch.StartNew();
        for (var calls = 0; calls < 5 || warmUp.Elapsed < warmUpTime; calls++)
        {
            await call();
        }
    }

    /// <summary>Times <paramref name="requests"/> calls made one after the other, by one client.</summary>
    public static async Task<Measurement> OneAtATimeAsync(string scenario, string name, int requests, Func<Task> call)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Measurement.Of(scenario, name, latencies, clock.Elapsed);
    }

    private static Task RunAsync(int clients, TimeSpan duration, Func<int, Task> operation, ConcurrentBag<double>? latencies)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(client);
                latencies?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
    }
}
