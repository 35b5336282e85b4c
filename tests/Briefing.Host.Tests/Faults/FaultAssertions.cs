namespace Briefing.Host.Tests.Faults;

public static class FaultAssertions
{
    public static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(2);

    /// <summary>Every answer is a success, the client's mistake or a 503 to retry; never a 500 (and, when the process stays up, never none).</summary>
    public static void EveryAnswerIsSuccessClientErrorOr503(IEnumerable<Answer> answers, bool allowNoAnswer, string output)
    {
        var wrong = answers.Where(a => a.Status is null ? !allowNoAnswer : a.Status is >= 500 and not 503).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers were neither 2xx, 4xx nor 503: {string.Join("; ", wrong.Take(10))}\n{output}");
    }

    public static void EveryAnswerCameWithinTwoSeconds(IEnumerable<Answer> answers)
    {
        var slow = answers.Where(a => a.Took > AnswerLimit).ToList();
        Assert.True(slow.Count == 0, $"{slow.Count} answers took longer than {AnswerLimit.TotalSeconds} s: {string.Join("; ", slow.Take(10))}");
    }

    /// <summary>The outage was seen, and each of its answers was the contract's: a problem with Retry-After.</summary>
    public static void OutageAnswersAre503ProblemsWithRetryAfter(IEnumerable<Answer> answers)
    {
        var unavailable = answers.Where(a => a.Status == 503).ToList();
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, answer =>
        {
            Assert.False(string.IsNullOrEmpty(answer.RetryAfter), $"{answer} without Retry-After");
            Assert.Equal("/problems/database-unavailable", answer.Body.GetProperty("type").GetString());
        });
    }
}
