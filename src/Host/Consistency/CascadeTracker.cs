using System.Collections.Concurrent;
using Wolverine;

namespace Briefing.Host.Consistency;

/// <summary>
/// Follows the messages each HTTP request sends through every module's queue (ADR 14). Wolverine
/// tells it of every outgoing envelope (as an <see cref="IEnvelopeRule"/>, while the sender still
/// runs) and of every envelope handled or given up (as the <see cref="IWireTap"/> of every module
/// queue). An envelope sent while another is handled belongs to that one's cascade.
/// </summary>
public sealed class CascadeTracker : IEnvelopeRule, IWireTap
{
    private readonly ConcurrentDictionary<EnvelopeKey, Tracked> _envelopes = new();
    // A holder, emptied when the request ends: work the request started that outlives it (and so kept
    // a copy of its execution context) no longer counts against the finished cascade.
    private readonly AsyncLocal<Holder?> _current = new();

    /// <summary>Starts following what the current request sends; dispose the scope when the request ends.</summary>
    public Scope Begin()
    {
        var holder = new Holder { Cascade = new Cascade() };
        _current.Value = holder;
        return new Scope(this, holder);
    }

    public void Modify(Envelope envelope)
    {
    }

    public void ApplyCorrelation(IMessageContext originator, Envelope outgoing)
    {
        var key = EnvelopeKey.Of(outgoing);
        if (originator.Envelope is not { } incoming)
        {
            if (_current.Value?.Cascade is { } cascade)
            {
                Track(key, cascade);
            }

            return;
        }

        if (_envelopes.TryGetValue(EnvelopeKey.Of(incoming), out var parent))
        {
            parent.AddChild(key, incoming.Attempts);
            Track(key, parent.Cascade);
        }
    }

    public ValueTask RecordSuccessAsync(Envelope envelope)
    {
        // Also called when an envelope is sent; only a handled one has been attempted.
        if (envelope.Attempts > 0 && _envelopes.TryRemove(EnvelopeKey.Of(envelope), out var handled))
        {
            AbandonChildren(handled, sentBeforeAttempt: envelope.Attempts);
            handled.Cascade.Finish(failed: false);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask RecordFailureAsync(Envelope envelope, Exception exception)
    {
        if (_envelopes.TryRemove(EnvelopeKey.Of(envelope), out var failed))
        {
            AbandonChildren(failed, sentBeforeAttempt: int.MaxValue);
            failed.Cascade.Finish(failed: true);
        }

        return ValueTask.CompletedTask;
    }

    private void Track(EnvelopeKey key, Cascade cascade)
    {
        if (_envelopes.TryAdd(key, new Tracked(cascade)))
        {
            cascade.Add(key);
        }
    }

    // Messages a failed attempt sent were rolled back with it: they will never be handled.
    private void AbandonChildren(Tracked parent, int sentBeforeAttempt)
    {
        foreach (var child in parent.ChildrenSentBefore(sentBeforeAttempt))
        {
            if (_envelopes.TryRemove(child, out var abandoned))
            {
                AbandonChildren(abandoned, int.MaxValue);
                abandoned.Cascade.Finish(failed: false);
            }
        }
    }

    private void Forget(Cascade cascade)
    {
        foreach (var key in cascade.Keys)
        {
            _envelopes.TryRemove(key, out _);
        }
    }

    /// <summary>The request's cascade, followed until disposed.</summary>
    public sealed class Scope(CascadeTracker tracker, Holder holder) : IDisposable
    {
        public Cascade Cascade { get; } = holder.Cascade!;

        public void Dispose()
        {
            holder.Cascade = null;
            tracker._current.Value = null;
            tracker.Forget(Cascade);
        }
    }

    public sealed class Holder
    {
        public Cascade? Cascade { get; set; }
    }

    internal readonly record struct EnvelopeKey(Guid Id, string? Destination)
    {
        // Under MessageIdentity.IdAndDestination one message sent to two modules is two envelopes with one id.
        public static EnvelopeKey Of(Envelope envelope) => new(envelope.Id, envelope.Destination?.ToString());
    }

    private sealed class Tracked(Cascade cascade)
    {
        private readonly List<(EnvelopeKey Key, int Attempt)> _children = [];

        public Cascade Cascade { get; } = cascade;

        public void AddChild(EnvelopeKey key, int attempt)
        {
            lock (_children)
            {
                _children.Add((key, attempt));
            }
        }

        public EnvelopeKey[] ChildrenSentBefore(int attempt)
        {
            lock (_children)
            {
                return _children.Where(child => child.Attempt < attempt).Select(child => child.Key).ToArray();
            }
        }
    }
}
