namespace Briefing.Benchmarks;

/// <summary>How long and how wide a run is: <c>--quick</c> keeps every scenario small enough for CI.</summary>
public sealed record BenchSettings(bool Quick, int Clients, TimeSpan WarmUp, TimeSpan Duration)
{
    public static BenchSettings For(bool quick) => quick
        ? new BenchSettings(true, 32, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3))
        : new BenchSettings(false, 32, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20));
}
