using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>One figure of a scenario: what was measured, how fast, and against which baseline of the same run.</summary>
public sealed record Measurement(string Scenario, string Name, double PerSecond, double P50Ms, double P99Ms, string? Baseline = null)
{
    public static Measurement Of(string scenario, string name, IReadOnlyList<double> latenciesMs, TimeSpan elapsed, string? baseline = null)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new Measurement(scenario, name, sorted.Length / elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99), baseline);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static string Format(double value) =>
        double.IsNaN(value) ? "-" : value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
