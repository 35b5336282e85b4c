using System.Diagnostics;

namespace Briefing.Host.Tests.Faults;

/// <summary>Every write the burst got acknowledged is stored, and what it set off reached every module.</summary>
public static class Cascades
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task AssertCompletedAsync(BriefingApi api, Newsroom room, WriteBurst burst, string hostOutput)
    {
        var unfinished = new List<string>();
        var waited = Stopwatch.StartNew();
        do
        {
            unfinished.Clear();
            foreach (var id in burst.Submitted)
            {
                unfinished.AddRange(await UnfinishedSubmissionAsync(api, room, id, claimed: burst.Claimed.Contains(id)));
            }

            if (unfinished.Count == 0)
            {
                return;
            }

            await Task.Delay(500);
        }
        while (waited.Elapsed < Deadline);

        var warnings = hostOutput.Split('\n').Where(line => (line.Contains("WRN]", StringComparison.Ordinal) || line.Contains("ERR]", StringComparison.Ordinal)) && !line.Contains("answered 503", StringComparison.Ordinal)).Take(60);
        Assert.Fail($"{unfinished.Count} acknowledged writes are missing or did not reach every module within {Deadline.TotalSeconds} s:\n{string.Join('\n', unfinished.Take(20))}\nThe host's warnings and errors:\n{string.Join('\n', warnings)}");
    }

    private static async Task<IEnumerable<string>> UnfinishedSubmissionAsync(BriefingApi api, Newsroom room, Guid id, bool claimed)
    {
        var submission = await api.SendAsync(HttpMethod.Get, $"/api/submissions/{id}", room.Editor);
        var review = await api.SendAsync(HttpMethod.Get, $"/api/review/items/{id}", room.Editor);
        var missing = new List<string>();
        if (!submission.Acknowledged)
        {
            missing.Add($"submission {id}: {submission}");
        }

        if (!review.Acknowledged)
        {
            missing.Add($"review of {id}: {review}");
        }

        if (claimed && submission.Acknowledged && submission.Body.GetProperty("status").GetString() != "in-review")
        {
            missing.Add($"claim of {id} did not reach submission: status {submission.Body.GetProperty("status")}");
        }

        if (claimed && review.Acknowledged && review.Body.GetProperty("assignee").ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            missing.Add($"claim of {id} is not stored: no assignee");
        }

        return missing;
    }
}
