namespace Briefing.Identity.SigningIn;

/// <summary>
/// Failed sign-ins for one name, counted from the sign-in record itself: so the count survives a
/// restart and is the same on every node. A name with <c>allowed</c> failures (since its last
/// sign-in) inside the window is refused until the oldest of them leaves the window, whoever
/// tries and whatever password they give.
/// </summary>
public static class SignInThrottle
{
    /// <param name="recent">The name's records inside the window, newest first.</param>
    public static TimeSpan? RetryAfter(IReadOnlyList<SignInRecord> recent, DateTimeOffset now, int allowed, TimeSpan window)
    {
        var failures = recent
            .TakeWhile(record => record.Outcome != SignInOutcomes.SignedIn)
            .Where(record => record.Outcome == SignInOutcomes.Failed && record.Reason != SignInFailures.Throttled && record.At > now - window)
            .Take(allowed)
            .ToList();
        return failures.Count < allowed ? null : failures[^1].At + window - now;
    }
}
