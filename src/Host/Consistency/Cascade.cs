using System.Collections.Concurrent;

namespace Briefing.Host.Consistency;

/// <summary>How far the messages a write set off had got when its answer was sent.</summary>
public enum CascadeOutcome
{
    /// <summary>Every message, and every message those set off, was handled in every module.</summary>
    Complete,

    /// <summary>The bound on the wait ran out first; the rest is durable and will still be handled.</summary>
    Pending,

    /// <summary>A module gave up on one of the messages (it is in the dead-letter queue).</summary>
    Failed,
}

/// <summary>
/// The messages one request set off, followed to the end of the cascade: a count of the envelopes
/// sent and not yet handled. A handler's own messages are counted before it finishes, so the count
/// reaches zero only when the whole cascade has been handled.
/// </summary>
public sealed class Cascade
{
    private TaskCompletionSource _done = Waiting();
    private readonly Lock _lock = new();
    private readonly ConcurrentQueue<CascadeTracker.EnvelopeKey> _keys = new();
    private int _pending;
    private bool _failed;

    public int Sent { get; private set; }

    internal IEnumerable<CascadeTracker.EnvelopeKey> Keys => _keys;

    internal void Add(CascadeTracker.EnvelopeKey key)
    {
        _keys.Enqueue(key);
        lock (_lock)
        {
            // A message sent after the count reached zero (one sent outside a transaction is handled before the next is counted) opens the wait again.
            if (_pending++ == 0 && _done.Task.IsCompleted)
            {
                _done = Waiting();
            }

            Sent++;
        }
    }

    internal void Finish(bool failed)
    {
        lock (_lock)
        {
            _failed |= failed;
            if (--_pending == 0)
            {
                _done.TrySetResult();
            }
        }
    }

    /// <summary>Waits until every message is handled, or <paramref name="bound"/> passes on <paramref name="clock"/>.</summary>
    public async Task<CascadeOutcome> WaitAsync(TimeSpan bound, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(bound, clock);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        while (true)
        {
            Task done;
            lock (_lock)
            {
                if (_pending == 0)
                {
                    return _failed ? CascadeOutcome.Failed : CascadeOutcome.Complete;
                }

                done = _done.Task;
            }

            try
            {
                await done.WaitAsync(waiting.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return CascadeOutcome.Pending;
            }
        }
    }

    private static TaskCompletionSource Waiting() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
