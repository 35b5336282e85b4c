using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Publication.Tests.CreatingIssues;

[Collection(SharedApp.Collection)]
public sealed class CreateIssueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private static readonly string IssuesUrl = $"/api/series/{Given.SeriesId}/issues";

    [Fact]
    public async Task the_number_defaults_to_the_next_one_and_a_number_taken_is_a_409()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.IssueAsync(editor, 41);

        var next = await App.SendAsync("POST", IssuesUrl, editor, 201, new { periodStart = "2025-04-21", periodEnd = "2025-04-25" });
        var duplicate = await App.SendAsync("POST", IssuesUrl, editor, 409, new { number = 41, periodStart = "2025-04-21", periodEnd = "2025-04-25" });

        Assert.Equal($"{IssuesUrl}/42", next.Context.Response.Headers.Location.ToString());
        Assert.Equal(42, (await next.ReadAsJsonAsync<Created>())!.Number);
        Assert.EndsWith("/already-exists", (await duplicate.ReadAsJsonAsync<Problem>())!.Type, StringComparison.Ordinal);
        var issues = await App.JsonAsync(IssuesUrl, editor);
        Assert.Equal([(41, "draft", "2025-04-14"), (42, "draft", "2025-04-21")], issues.EnumerateArray()
            .Select(i => (i.GetProperty("number").GetInt32(), i.GetProperty("status").GetString(), i.GetProperty("periodStart").GetString())));
    }

    [Fact]
    public async Task an_issue_without_a_sensible_period_or_number_is_a_400_and_nothing_is_created()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        (object Body, string Field)[] cases =
        [
            (new { periodEnd = "2025-04-18" }, "periodStart"),
            (new { periodStart = "2025-04-18", periodEnd = "2025-04-14" }, "periodEnd"),
            (new { number = 0, periodStart = "2025-04-14", periodEnd = "2025-04-18" }, "number"),
            (new { periodStart = "2025-04-14", periodEnd = "2025-04-18", editorNote = new string('注', 2001) }, "editorNote"),
        ];

        foreach (var (body, field) in cases)
        {
            var result = await App.SendAsync("POST", IssuesUrl, editor, 400, body);
            Assert.Contains($"\"{field}\"", await result.ReadAsTextAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await App.JsonAsync(IssuesUrl, editor)).GetArrayLength());
    }

    [Fact]
    public async Task an_unknown_series_or_issue_is_a_404()
    {
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SendAsync("POST", "/api/series/no-such-series/issues", editor, 404, new { periodStart = "2025-04-14", periodEnd = "2025-04-18" });
        await App.SeriesAsync();
        await App.SendAsync("GET", Given.IssueUrl(7), editor, 404);
        await App.SendAsync("GET", $"{Given.IssueUrl(7)}/render", editor, 404);
    }

    [Fact]
    public async Task the_same_idempotency_key_creates_one_issue()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        var body = new { periodStart = "2025-04-14", periodEnd = "2025-04-18" };

        var first = await App.SendAsync("POST", IssuesUrl, editor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "issue-41"));
        var again = await App.SendAsync("POST", IssuesUrl, editor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "issue-41"));

        Assert.Equal(await first.ReadAsTextAsync(), await again.ReadAsTextAsync());
        Assert.Equal(1, (await App.JsonAsync(IssuesUrl, editor)).GetArrayLength());
    }

    private sealed record Created(Guid Id, int Number, long Version);

    private sealed record Problem(string Type);
}
