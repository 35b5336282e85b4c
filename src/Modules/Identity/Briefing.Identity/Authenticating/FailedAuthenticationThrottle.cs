using System.Collections.Concurrent;

namespace Briefing.Identity.Authenticating;

/// <summary>
/// Counts rejected tokens per client address in fixed one-minute windows. An address over the
/// limit gets 429 for every bearer token (a correct one too, or guessing would still pay off)
/// until its window ends.
/// </summary>
public sealed class FailedAuthenticationThrottle(TimeProvider clock, int failuresPerWindow)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Failures> _byClient = new();

    public int FailuresPerWindow => failuresPerWindow;

    /// <summary>How long the client must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        var now = clock.GetUtcNow();
        if (!_byClient.TryGetValue(client, out var failures) || failures.WindowEnds <= now)
        {
            return null;
        }

        return failures.Count >= failuresPerWindow ? failures.WindowEnds - now : null;
    }

    public void RecordFailure(string client)
    {
        var now = clock.GetUtcNow();
        _byClient.AddOrUpdate(client,
            _ => new Failures(1, now + Window),
            (_, current) => current.WindowEnds <= now ? new Failures(1, now + Window) : current with { Count = current.Count + 1 });
        if (_byClient.Count > 10_000)
        {
            foreach (var expired in _byClient.Where(entry => entry.Value.WindowEnds <= now))
            {
                _byClient.TryRemove(expired);
            }
        }
    }

    /// <summary>Forgets every client (tests reset the system between cases).</summary>
    public void Clear() => _byClient.Clear();

    private sealed record Failures(int Count, DateTimeOffset WindowEnds);
}
