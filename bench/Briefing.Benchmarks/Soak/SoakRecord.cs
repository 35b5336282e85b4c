using System.Collections.Concurrent;

namespace Briefing.Benchmarks.Soak;

/// <summary>
/// What the soak's clients saw. Timings and counts are kept only once the warm-up is over; every
/// item and every failure is kept from the start, for the consistency check and the verdict.
/// </summary>
public sealed class SoakRecord
{
    private const int FailuresKept = 10;
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _milliseconds = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private volatile bool _measuring;
    private int _answered, _visible, _notVisible, _placementRetries, _failed;

    public ConcurrentBag<SoakItem> Items { get; } = [];
    public bool Measuring => _measuring;
    public int ItemsAnswered => _answered;
    public int ItemsVisible => _visible;
    public int ItemsNotVisible => _notVisible;
    public int PlacementRetries => _placementRetries;
    public int FailureCount => _failed;
    public IReadOnlyCollection<string> FirstFailures => _failures;

    public void StartMeasuring() => _measuring = true;

    public void Time(string step, double milliseconds)
    {
        if (_measuring)
        {
            _milliseconds.GetOrAdd(step, _ => []).Add(milliseconds);
        }
    }

    public IReadOnlyList<double> Timings(string step) => _milliseconds.TryGetValue(step, out var timings) ? [.. timings] : [];

    public void PlacementRetried()
    {
        if (_measuring)
        {
            Interlocked.Increment(ref _placementRetries);
        }
    }

    /// <summary>An item's whole life was answered by the API; <paramref name="visibleAfter"/> is null when the modules did not all show it in time.</summary>
    public void ItemDone(bool measured, TimeSpan? visibleAfter)
    {
        if (!measured)
        {
            return;
        }

        Interlocked.Increment(ref _answered);
        if (visibleAfter is { } lag)
        {
            Interlocked.Increment(ref _visible);
            _milliseconds.GetOrAdd(SoakClient.VisibleEndToEnd, _ => []).Add(lag.TotalMilliseconds);
        }
        else
        {
            Interlocked.Increment(ref _notVisible);
        }
    }

    public void Failed(string failure)
    {
        if (Interlocked.Increment(ref _failed) <= FailuresKept)
        {
            _failures.Enqueue(failure);
        }
    }
}
