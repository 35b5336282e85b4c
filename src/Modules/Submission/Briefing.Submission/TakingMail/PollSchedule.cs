using Briefing.Submission.Mailboxes;

namespace Briefing.Submission.TakingMail;

/// <summary>How one poll went.</summary>
public sealed record PollResult(bool Succeeded, int Taken, int Held, string? Detail)
{
    public static PollResult Failed(string detail) => new(false, 0, 0, detail);
}

/// <summary>When a mailbox is polled next: after its interval when the poll succeeded; after a failure sooner, then twice as long each time (backoff), up to 15 minutes (or the interval, when that is longer).</summary>
public static class PollSchedule
{
    public static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(15);

    public static MailboxPollStatus After(string seriesId, MailboxPollStatus? previous, PollResult result, int pollSeconds, TimeSpan retryBase, DateTimeOffset now)
    {
        var failures = result.Succeeded ? 0 : (previous?.Failures ?? 0) + 1;
        return new MailboxPollStatus
        {
            Id = seriesId,
            LastPollAt = now,
            Succeeded = result.Succeeded,
            Detail = result.Detail,
            Taken = result.Taken,
            Held = result.Held,
            Failures = failures,
            NextPollAt = now + (result.Succeeded ? TimeSpan.FromSeconds(pollSeconds) : RetryAfter(failures, pollSeconds, retryBase)),
        };
    }

    /// <summary>retryBase, twice that, four times ... up to the larger of the interval and 15 minutes.</summary>
    public static TimeSpan RetryAfter(int failures, int pollSeconds, TimeSpan retryBase)
    {
        var longest = TimeSpan.FromSeconds(Math.Max(pollSeconds, LongestRetry.TotalSeconds));
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(longest.Ticks, retryBase.Ticks * factor));
    }
}
