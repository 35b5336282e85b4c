using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>
/// Process start to /health/ready and to the first authenticated response, with the code
/// generation mode ADR 4 chose, against an empty ASP.NET application started the same way.
/// </summary>
public static class StartScenario
{
    public const string Name = "start";

    public static async Task<IReadOnlyList<Measurement>> RunAsync(string connectionString, BenchSettings settings)
    {
        var runs = settings.Quick ? 1 : 5;
        var ready = new List<double>();
        var firstAnswer = new List<double>();
        var empty = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var (host, readyAfter) = await HostProcessUnderTest.StartAsync(connectionString);
            await using (host)
            {
                ready.Add(readyAfter.TotalMilliseconds);
                await host.SendAsync(HttpMethod.Get, "/api/admin/users", host.AdminToken);
                firstAnswer.Add(clock.Elapsed.TotalMilliseconds);
            }

            var (emptyApp, emptyReady) = await HostProcessUnderTest.StartAsync(connectionString, HostProcessUnderTest.Executable("bench/Briefing.EmptyApp", "Briefing.EmptyApp.dll"));
            await using (emptyApp)
            {
                empty.Add(emptyReady.TotalMilliseconds);
            }
        }

        var emptyMedian = Median(empty);
        return
        [
            Timing("host: process start to /health/ready", ready, $"{Median(ready) / emptyMedian:0.0}× the empty application"),
            Timing("host: process start to the first authenticated answer", firstAnswer, $"{Median(firstAnswer) / emptyMedian:0.0}× the empty application"),
            Timing("empty ASP.NET application: start to /health/ready", empty, null),
        ];
    }

    /// <summary>Start-up times: the median and the slowest of the runs, in milliseconds.</summary>
    private static Measurement Timing(string name, List<double> milliseconds, string? baseline) =>
        new(Name, $"{name} ({milliseconds.Count} runs)", double.NaN, Median(milliseconds), milliseconds.Max(), baseline);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
