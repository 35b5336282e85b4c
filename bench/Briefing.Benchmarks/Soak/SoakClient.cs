using System.Diagnostics;
using System.Text.Json;

namespace Briefing.Benchmarks.Soak;

/// <summary>
/// One client of the soak: a contributor and an editor taking item after item through its whole
/// life. Before each step it reads, right after the previous answer and then polling, until the
/// module the step needs shows what that answer set off.
/// </summary>
public sealed class SoakClient(SoakApi api, SoakRecord record, SoakIssue issue, string contributor, string editor)
{
    public const string Submit = "submit: POST /api/submissions";
    public const string Claim = "claim: POST /api/review/items/{id}/claim";
    public const string Edit = "edit: POST /api/review/items/{id}/edits";
    public const string Accept = "accept: POST /api/review/items/{id}/accept";
    public const string Place = "place: POST .../issues/{n}/items, retries included";
    public const string InReview = "in review, after the submission's answer";
    public const string InPool = "in publication's pool, after the acceptance's answer";
    public const string VisibleEndToEnd = "visible in every module, after the placement's answer";
    public static readonly IReadOnlyList<string> Steps = [Submit, Claim, Edit, Accept, Place, InReview, InPool];

    /// <summary>How long a module may take to show what an answer set off, and a placement to win its race, before the item counts as failed.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Takes items through their lives while <paramref name="goOn"/> holds; it is asked before every step.</summary>
    public async Task RunAsync(Func<bool> goOn, int client)
    {
        for (var number = 1; goOn(); number++)
        {
            SoakItem? item = null;
            try
            {
                item = await SubmitAsync($"客户 {client} 第 {number} 条");
                await LiveAsync(item, goOn);
            }
            catch (Exception e) when (e is SoakFailureException or HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                item?.Failed = true;
                record.Failed($"{item?.Id}: {e.Message}");
            }
        }
    }

    private async Task<SoakItem> SubmitAsync(string name)
    {
        var submitted = await TimedAsync(Submit, () => api.PostAsync("/api/submissions", contributor, new { seriesId = issue.Series, section = "district", body = $"{name}：綦江区调研重庆移通学院。" }));
        var item = new SoakItem(submitted.Expected.GetProperty("id").GetGuid(), $"{name}：綦江区调研重庆移通学院，第 2 稿。");
        record.Items.Add(item);
        return item;
    }

    private async Task LiveAsync(SoakItem item, Func<bool> goOn)
    {
        var review = await ShownAsync(InReview, async () => await api.GetAsync($"/api/review/items/{item.Id}", editor) is { IsSuccess: true } read ? read.Json : null);
        if (!goOn())
        {
            return;
        }

        var claimed = await StepAsync(item, SoakStep.Claimed, Claim, $"/api/review/items/{item.Id}/claim", new { expectedVersion = Version(review) });
        if (!goOn())
        {
            return;
        }

        var edited = await StepAsync(item, SoakStep.Edited, Edit, $"/api/review/items/{item.Id}/edits", new { body = item.EditedBody, expectedVersion = Version(claimed) });
        if (!goOn())
        {
            return;
        }

        await StepAsync(item, SoakStep.Accepted, Accept, $"/api/review/items/{item.Id}/accept", new { expectedVersion = Version(edited) });
        await ShownAsync(InPool, async () => await api.GetAsync(issue.PoolPath, editor) is var pool && Pool(pool).Contains(item.Id) ? pool.Json : null);
        if (!goOn())
        {
            return;
        }

        await PlaceAsync(item);
        var measured = record.Measuring;
        record.ItemDone(measured, await VisibleEverywhereAsync(item));
    }

    private async Task<JsonElement> StepAsync(SoakItem item, SoakStep step, string name, string path, object body)
    {
        var answer = await TimedAsync(name, () => api.PostAsync(path, editor, body));
        var json = answer.Expected;
        item.Acknowledged = step;
        return json;
    }

    /// <summary>Places the item last in its section, against the newest issue version any client saw; a version conflict tries again with the version it names.</summary>
    private async Task PlaceAsync(SoakItem item)
    {
        var started = Stopwatch.GetTimestamp();
        var version = issue.LatestVersion;
        while (true)
        {
            var placed = await api.PostAsync(issue.ItemsPath, editor, new { itemId = item.Id, expectedVersion = version });
            if (placed.IsSuccess)
            {
                issue.Saw(Version(placed.Json));
                break;
            }

            if (!placed.IsVersionConflict || Stopwatch.GetElapsedTime(started) > Deadline)
            {
                throw placed.Unexpected();
            }

            record.PlacementRetried();
            version = placed.Json.TryGetProperty("currentVersion", out var current) ? current.GetInt64() : Version((await api.GetAsync(issue.Path, editor)).Expected);
            issue.Saw(version);
        }

        item.Acknowledged = SoakStep.Placed;
        record.Time(Place, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>How long after the placement's answer the submission, the review and the issue all showed the item placed; null if not within the deadline.</summary>
    private async Task<TimeSpan?> VisibleEverywhereAsync(SoakItem item)
    {
        var started = Stopwatch.GetTimestamp();
        bool inSubmission = false, inReview = false, inIssue = false;
        while (Stopwatch.GetElapsedTime(started) < Deadline)
        {
            inSubmission = inSubmission || Status(await api.GetAsync($"/api/submissions/{item.Id}", editor)) == "placed";
            inReview = inReview || Status(await api.GetAsync($"/api/review/items/{item.Id}", editor)) == "placed";
            inIssue = inIssue || SoakIssue.ItemIds((await api.GetAsync(issue.Path, editor)).Expected).Contains(item.Id);
            if (inSubmission && inReview && inIssue)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            await Task.Delay(PollInterval);
        }

        return null;
    }

    /// <summary>Reads until <paramref name="read"/> finds what it looks for, timing how long after the previous answer that took.</summary>
    private async Task<JsonElement> ShownAsync(string name, Func<Task<JsonElement?>> read)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await read() is { } shown)
            {
                record.Time(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return shown;
            }

            if (Stopwatch.GetElapsedTime(started) > Deadline)
            {
                throw new SoakFailureException($"not {name} within {Deadline.TotalSeconds:0} s");
            }

            await Task.Delay(PollInterval);
        }
    }

    private async Task<Answer> TimedAsync(string name, Func<Task<Answer>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await call();
        if (answer.IsSuccess)
        {
            record.Time(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return answer;
    }

    private static long Version(JsonElement state) => state.GetProperty("version").GetInt64();

    private static string? Status(Answer read) => read.IsSuccess ? read.Json.GetProperty("status").GetString() : null;

    public static HashSet<Guid> Pool(Answer pool) => [.. pool.Expected.EnumerateArray().Select(item => item.GetProperty("itemId").GetGuid())];
}
