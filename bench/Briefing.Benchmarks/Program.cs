using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Benchmarks;
using Briefing.Benchmarks.Soak;
using Briefing.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// dotnet run -c Release --project bench/Briefing.Benchmarks -- [write|audit|rebuild|start|render|search|stats|soak] [--quick]
var quick = args.Contains("--quick");
var scenario = args.FirstOrDefault(arg => !arg.StartsWith('-')) ?? "all";
var settings = BenchSettings.For(quick);
const string NotesHeading = "## What the figures say";
var dataDir = Path.Combine(Path.GetTempPath(), $"briefing-bench-{Environment.ProcessId}");
await using var database = await EmbeddedPostgres.StartAsync(dataDir, NullLogger.Instance);
try
{
    var postgresSettings = await PostgresSettingsAsync(database.ConnectionString);
    Console.WriteLine($"PostgreSQL (embedded, default durability): {string.Join(", ", postgresSettings.Select(s => $"{s.Key}={s.Value}"))}");
    var results = new List<Measurement>();
    var sections = new List<string>();
    var failures = new List<string>();
    if (scenario is "all" or WriteScenario.Name)
    {
        results.AddRange(await WriteScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or AuditScenario.Name)
    {
        results.AddRange(await AuditScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or RebuildScenario.Name)
    {
        results.AddRange(await RebuildScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or StartScenario.Name)
    {
        results.AddRange(await StartScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or RenderScenario.Name)
    {
        results.AddRange(RenderScenario.Run(settings));
    }

    if (scenario is "all" or SearchScenario.Name)
    {
        results.AddRange(await SearchScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or StatsScenario.Name)
    {
        results.AddRange(await StatsScenario.RunAsync(database.ConnectionString, settings));
    }

    if (scenario is "all" or SoakScenario.Name)
    {
        var soak = await SoakScenario.RunAsync(database.ConnectionString, settings);
        results.AddRange(soak.Measurements);
        sections.Add(soak.Section);
        failures.AddRange(soak.Failures);
    }

    Console.WriteLine();
    Console.WriteLine($"{"scenario",-8} {"measure",-58} {"per s",9} {"p50 ms",8} {"p99 ms",8}  baseline");
    foreach (var result in results)
    {
        Console.WriteLine($"{result.Scenario,-8} {result.Name,-58} {Measurement.Format(result.PerSecond),9} {Measurement.Format(result.P50Ms),8} {Measurement.Format(result.P99Ms),8}  {result.Baseline}");
    }

    foreach (var section in sections)
    {
        Console.WriteLine();
        Console.Write(section);
    }

    if (failures.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("The run failed:");
        failures.ForEach(failure => Console.WriteLine($"- {failure}"));
        Environment.ExitCode = 1;
    }
    else if (!quick && scenario == "all")
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
        // The notes people wrote about the figures are kept across runs.
        var notes = File.Exists(path) && (await File.ReadAllTextAsync(path)).Split(NotesHeading) is [_, var kept] ? NotesHeading + kept : "";
        await File.WriteAllTextAsync(path, Report(results, sections, postgresSettings, settings) + Environment.NewLine + notes);
        Console.WriteLine("Wrote docs/benchmarks.md");
    }
}
finally
{
    await database.StopAsync();
    Directory.Delete(dataDir, recursive: true);
}

static async Task<Dictionary<string, string>> PostgresSettingsAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    var settings = new Dictionary<string, string>();
    foreach (var name in new[] { "server_version", "fsync", "synchronous_commit", "wal_level", "shared_buffers", "max_connections" })
    {
        await using var show = new NpgsqlCommand($"show {name}", connection);
        settings[name] = (string)(await show.ExecuteScalarAsync())!;
    }

    return settings;
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

static string Report(IReadOnlyList<Measurement> results, IReadOnlyList<string> sections, IReadOnlyDictionary<string, string> postgres, BenchSettings settings)
{
    var report = new StringBuilder();
    report.AppendLine("# Benchmarks").AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.");
    report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL: {string.Join(", ", postgres.Select(s => $"{s.Key}={s.Value}"))}.");
    report.AppendLine(CultureInfo.InvariantCulture, $"{settings.Clients} concurrent clients, {settings.WarmUp.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured.").AppendLine();
    report.AppendLine("| scenario | measure | per s | p50 ms | p99 ms | against the baseline |").AppendLine("|---|---|---:|---:|---:|---|");
    foreach (var result in results)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"| {result.Scenario} | {result.Name} | {Measurement.Format(result.PerSecond)} | {Measurement.Format(result.P50Ms)} | {Measurement.Format(result.P99Ms)} | {result.Baseline} |");
    }

    foreach (var section in sections)
    {
        report.AppendLine().Append(section);
    }

    return report.ToString();
}
