using System.Diagnostics;
using System.Text.Json;

namespace Briefing.Benchmarks.Soak;

/// <summary>
/// After the run: every step the API acknowledged shows in every module. The submission and the
/// review show the status it left the item in (the review the edited text too), publication's pool
/// holds the accepted items and the issue exactly the placed ones, each once. Items that disagree
/// are read again until the deadline, while the modules catch up.
/// </summary>
public static class SoakConsistency
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private const int ReadersAtOnce = 16;

    /// <summary>What disagrees at the deadline; empty when everything agrees.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(SoakApi api, SoakIssue issue, string reader, IReadOnlyCollection<SoakItem> items)
    {
        var waited = Stopwatch.StartNew();
        var pending = items.Where(item => !item.Failed).ToList();
        while (true)
        {
            var placed = SoakIssue.ItemIds((await api.GetAsync(issue.Path, reader)).Expected).ToList();
            var pool = SoakClient.Pool(await api.GetAsync(issue.PoolPath, reader));
            var disagreements = placed.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => $"{group.Key}: {group.Count()} times in the issue").ToList();
            var disagreeing = new List<SoakItem>();
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = ReadersAtOnce }, async (item, _) =>
            {
                var disagreement = await DisagreementAsync(api, reader, item, placed.Contains(item.Id), pool.Contains(item.Id));
                if (disagreement is not null)
                {
                    lock (disagreeing)
                    {
                        disagreeing.Add(item);
                        disagreements.Add(disagreement);
                    }
                }
            });

            pending = disagreeing;
            if (disagreements.Count == 0 || waited.Elapsed > Deadline)
            {
                return disagreements;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static async Task<string?> DisagreementAsync(SoakApi api, string reader, SoakItem item, bool inIssue, bool inPool)
    {
        var submission = (await api.GetAsync($"/api/submissions/{item.Id}", reader)).Expected;
        var review = (await api.GetAsync($"/api/review/items/{item.Id}", reader)).Expected;
        var expected = item.ExpectedStatus;
        return Status(submission) != expected ? $"{item.Id}: {item.Acknowledged} acknowledged, the submission shows {Status(submission)}"
            : Status(review) != expected ? $"{item.Id}: {item.Acknowledged} acknowledged, the review shows {Status(review)}"
            : item.Acknowledged >= SoakStep.Edited && review.GetProperty("body").GetString() != item.EditedBody ? $"{item.Id}: the review does not show the edit"
            : inIssue != (item.Acknowledged == SoakStep.Placed) ? $"{item.Id}: {item.Acknowledged} acknowledged, {(inIssue ? "in" : "not in")} the issue"
            : inPool != (item.Acknowledged == SoakStep.Accepted) ? $"{item.Id}: {item.Acknowledged} acknowledged, {(inPool ? "in" : "not in")} publication's pool"
            : null;
    }

    private static string? Status(JsonElement read) => read.GetProperty("status").GetString();
}
