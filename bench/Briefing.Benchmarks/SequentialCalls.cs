using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>One client calling one thing again and again, as a person paging through results would.</summary>
public static class SequentialCalls
{
    /// <summary>Calls for at least the warm-up time and five times: long enough for the JIT to finish optimising the path.</summary>
    public static async Task WarmAsync(Func<Task> call, TimeSpan warmUpTime)
    {
        var warmUp = Stopwatch.StartNew();
        for (var calls = 0; calls < 5 || warmUp.Elapsed < warmUpTime; calls++)
        {
            await call();
        }
    }

    public static async Task<Measurement> TimeAsync(string scenario, string name, int requests, Func<Task> call)
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
}
