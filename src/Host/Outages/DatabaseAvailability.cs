namespace Briefing.Host.Outages;

/// <summary>
/// Whether PostgreSQL answered the last probe of <see cref="DatabaseAvailabilityMonitor"/>; work that
/// failed because it did not can wait here until it answers again.
/// </summary>
public sealed class DatabaseAvailability
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _answers = Answering();

    public bool IsAvailable => _answers.Task.IsCompleted;

    /// <summary>Returns at once while the database answers; otherwise when it answers again.</summary>
    public Task WaitUntilAvailableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _answers.Task.WaitAsync(cancellationToken);
        }
    }

    /// <returns>True when this changes the state: the outage starts now.</returns>
    internal bool MarkUnavailable()
    {
        lock (_gate)
        {
            if (!_answers.Task.IsCompleted)
            {
                return false;
            }

            _answers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return true;
        }
    }

    /// <returns>True when this changes the state: the outage ends now.</returns>
    internal bool MarkAvailable()
    {
        lock (_gate)
        {
            return _answers.TrySetResult();
        }
    }

    private static TaskCompletionSource Answering()
    {
        var answering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        answering.SetResult();
        return answering;
    }
}
