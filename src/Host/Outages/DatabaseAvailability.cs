namespace Briefing.Host.Outages;

/// <summary>
/// Whether PostgreSQL answered the last probe of <see cref="DatabaseAvailabilityMonitor"/>. Work that
/// failed because it did not can wait here until it answers again; work that waits for others (a
/// write's answer waiting for its cascade) can stop waiting when an outage starts. Whoever sees a
/// failure that looks like an outage asks for a probe at once rather than at the next tick.
/// </summary>
public sealed class DatabaseAvailability : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _probeRequested = new(0, 1);
    private TaskCompletionSource _answers = Completed();
    private TaskCompletionSource _outage = New();

    public bool IsAvailable => _answers.Task.IsCompleted;

    /// <summary>Completes when an outage starts (at once during one).</summary>
    public Task WhenUnavailable
    {
        get
        {
            lock (_gate)
            {
                return _outage.Task;
            }
        }
    }

    /// <summary>Returns at once while the database answers; otherwise when it answers again.</summary>
    public Task WaitUntilAvailableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _answers.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The work's result, or <paramref name="ifUnavailable"/> as soon as an outage starts.</summary>
    public async Task<T> OrWhenUnavailableAsync<T>(Task<T> work, T ifUnavailable) =>
        await Task.WhenAny(work, WhenUnavailable) == work ? await work : ifUnavailable;

    /// <summary>A request or handler failed as if the database were gone: the monitor should look now.</summary>
    public void RequestProbe()
    {
        try
        {
            _probeRequested.Release();
        }
        catch (SemaphoreFullException)
        {
            // already requested
        }
    }

    /// <summary>For the monitor: returns when a probe is requested or the interval has passed.</summary>
    internal Task WaitForProbeAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        _probeRequested.WaitAsync(interval, cancellationToken);

    /// <returns>True when this changes the state: the outage starts now.</returns>
    internal bool MarkUnavailable()
    {
        lock (_gate)
        {
            if (!_answers.Task.IsCompleted)
            {
                return false;
            }

            _answers = New();
            _outage.SetResult();
            return true;
        }
    }

    /// <returns>True when this changes the state: the outage ends now.</returns>
    internal bool MarkAvailable()
    {
        lock (_gate)
        {
            if (_answers.Task.IsCompleted)
            {
                return false;
            }

            _outage = New();
            _answers.SetResult();
            return true;
        }
    }

    public void Dispose() => _probeRequested.Dispose();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TaskCompletionSource Completed()
    {
        var completed = New();
        completed.SetResult();
        return completed;
    }
}
