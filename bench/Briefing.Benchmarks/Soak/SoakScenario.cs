using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks.Soak;

/// <summary>What a soak run measured, the section it adds to docs/benchmarks.md, and why it fails, if it does.</summary>
public sealed record SoakOutcome(IReadOnlyList<Measurement> Measurements, string Section, IReadOnlyList<string> Failures);

/// <summary>
/// 16 clients, each taking items through their whole life (a contributor submits; an editor
/// claims, edits, accepts and places the item in the one issue every client shares) for a fixed
/// time, against the host process. Measures items per second answered and visible in every module,
/// each step's latency, the depth of Wolverine's inbox, counts 5xx answers and checks at the end
/// that every acknowledged step shows in every module. Any 5xx, failed step or disagreement fails the run.
/// </summary>
public static class SoakScenario
{
    public const string Name = "soak";
    public const int Clients = 16;
    private const int IssueNumber = 1;

    public static async Task<SoakOutcome> RunAsync(string connectionString, BenchSettings settings)
    {
        var duration = settings.Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60);
        var (host, _) = await HostProcessUnderTest.StartAsync(connectionString);
        await using (host)
        {
            var api = new SoakApi(host.Http);
            var (issue, contributors, editors) = await SetUpAsync(host, api);
            var record = new SoakRecord();
            var ends = Stopwatch.GetTimestamp() + (long)((settings.WarmUp + duration).TotalSeconds * Stopwatch.Frequency);
            var clients = Task.WhenAll(Enumerable.Range(0, Clients).Select(client =>
                new SoakClient(api, record, issue, contributors[client], editors[client]).RunAsync(() => Stopwatch.GetTimestamp() < ends, client + 1)));
            await Task.Delay(settings.WarmUp);
            record.StartMeasuring();
            var clock = Stopwatch.StartNew();
            await using var sampler = QueueDepthSampler.Start(connectionString);
            await clients;
            var elapsed = clock.Elapsed;
            var depths = await sampler.StopAsync();
            var disagreements = await SoakConsistency.CheckAsync(api, issue, editors[0], record.Items);

            var failures = Failures(record, api.ServerErrors, disagreements);
            var measurements = Measurements(record, elapsed, depths, api.ServerErrors, disagreements);
            return new SoakOutcome(measurements, Section(record, elapsed, duration, settings, depths, disagreements), failures);
        }
    }

    /// <summary>A series with one section, its issue 1, and a contributor and an editor for each client.</summary>
    private static async Task<(SoakIssue Issue, string[] Contributors, string[] Editors)> SetUpAsync(HostProcessUnderTest host, SoakApi api)
    {
        var (series, org) = await host.SeriesAndOrganisationAsync("持续负载简报");
        var publicationKnowsIt = Stopwatch.StartNew();
        while (!(await api.GetAsync($"/api/series/{series}/issues", host.AdminToken)).IsSuccess && publicationKnowsIt.Elapsed < SoakClient.Deadline)
        {
            await Task.Delay(10);
        }

        var created = await host.SendAsync(HttpMethod.Post, $"/api/series/{series}/issues", host.AdminToken,
            new { number = IssueNumber, periodStart = "2025-04-14", periodEnd = "2025-04-18" });
        var contributors = new string[Clients];
        var editors = new string[Clients];
        for (var client = 0; client < Clients; client++)
        {
            contributors[client] = (await host.SendAsync(HttpMethod.Post, "/api/admin/users", host.AdminToken, new { name = $"联络员{client + 1}", role = "contributor", orgId = org }))
                .GetProperty("token").GetString()!;
            editors[client] = await host.TokenForAsync("editor");
        }

        return (new SoakIssue(series, IssueNumber, created.GetProperty("version").GetInt64()), contributors, editors);
    }

    private static List<string> Failures(SoakRecord record, int serverErrors, IReadOnlyList<string> disagreements)
    {
        var failures = new List<string>();
        if (serverErrors > 0)
        {
            failures.Add($"{serverErrors} answers were 5xx");
        }

        if (record.FailureCount > 0)
        {
            failures.Add($"{record.FailureCount} items failed a step; the first: {string.Join("; ", record.FirstFailures)}");
        }

        if (disagreements.Count > 0)
        {
            failures.Add($"{disagreements.Count} acknowledged steps do not show in every module; the first: {string.Join("; ", disagreements.Take(10))}");
        }

        return failures;
    }

    private static List<Measurement> Measurements(SoakRecord record, TimeSpan elapsed, IReadOnlyList<(TimeSpan At, long Depth)> depths, int serverErrors, IReadOnlyList<string> disagreements)
    {
        var visible = Measurement.Of(Name, "items visible in every module (ms after the placement)", record.Timings(SoakClient.VisibleEndToEnd), elapsed);
        var results = new List<Measurement>
        {
            new(Name, "items through their whole life, every step answered", record.ItemsAnswered / elapsed.TotalSeconds, double.NaN, double.NaN,
                $"{record.ItemsAnswered} items in {elapsed.TotalSeconds:0.0} s by {Clients} clients, one issue"),
            visible with { Baseline = $"{record.ItemsVisible} items; {record.ItemsNotVisible} not within {SoakClient.Deadline.TotalSeconds:0} s" },
        };
        foreach (var step in SoakClient.Steps)
        {
            results.Add(Measurement.Of(Name, step, record.Timings(step), elapsed, step == SoakClient.Place ? $"{record.PlacementRetries} retries after a version conflict" : null));
        }

        results.Add(new(Name, "queue depth: envelopes in Wolverine's inbox, each second", double.NaN, double.NaN, double.NaN, QueueDepth(depths)));
        results.Add(new(Name, "5xx answers", double.NaN, double.NaN, double.NaN, $"{serverErrors} (any fails the run)"));
        results.Add(new(Name, "consistency check after the run", double.NaN, double.NaN, double.NaN, disagreements.Count == 0
            ? $"every acknowledged step of {record.Items.Count} items shows in every module"
            : $"{disagreements.Count} disagreements (fails the run)"));
        return results;
    }

    private static string QueueDepth(IReadOnlyList<(TimeSpan At, long Depth)> depths) => depths.Count == 0
        ? "no sample"
        : string.Create(CultureInfo.InvariantCulture, $"min {depths.Min(d => d.Depth)}, avg {depths.Average(d => d.Depth):0.0}, max {depths.Max(d => d.Depth)}");

    /// <summary>Up to eight samples, evenly spread over the run.</summary>
    private static string Samples(IReadOnlyList<(TimeSpan At, long Depth)> depths) =>
        string.Join(", ", Enumerable.Range(0, Math.Min(8, depths.Count))
            .Select(i => depths[i * (depths.Count - 1) / Math.Max(1, Math.Min(8, depths.Count) - 1)])
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.At.TotalSeconds:0} s: {d.Depth}")));

    private static string Section(SoakRecord record, TimeSpan elapsed, TimeSpan duration, BenchSettings settings, IReadOnlyList<(TimeSpan At, long Depth)> depths, IReadOnlyList<string> disagreements)
    {
        var section = new StringBuilder();
        section.AppendLine("## Soak").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"{Clients} clients for {duration.TotalSeconds:0} s after a {settings.WarmUp.TotalSeconds:0} s warm-up, each taking items through their whole life: a contributor submits, an editor");
        section.AppendLine("claims, edits, accepts and places the item last in the one issue all clients share, retrying with the version a");
        section.AppendLine("409 version conflict names. Before each step the client reads, right after the previous answer and then polling, until the module");
        section.AppendLine("the step needs shows the item; an item is visible end to end when the submission, the review and the issue all show it placed.");
        section.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"- {record.ItemsAnswered} items answered in {elapsed.TotalSeconds:0.0} s ({record.ItemsAnswered / elapsed.TotalSeconds:0.0} per s), {record.ItemsVisible} visible in every module; {record.PlacementRetries} placement retries after a version conflict.");
        section.AppendLine(CultureInfo.InvariantCulture, $"- Queue depth (`wolverine.wolverine_incoming_envelopes`, status `Incoming`), each second: {QueueDepth(depths)}; samples {Samples(depths)}.");
        section.AppendLine(CultureInfo.InvariantCulture, $"- Consistency check after the run: {(disagreements.Count == 0 ? $"every acknowledged step of {record.Items.Count} items shows in every module" : $"{disagreements.Count} disagreements")}.");
        return section.ToString();
    }
}
