using Briefing.Publication.Contracts;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.CreatingIssues;
using Briefing.Publication.ReadingIssues;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Publication.Tests.CreatingIssues;

[Collection(SharedApp.Collection)]
public sealed class CreatingIssuesTests(AppFixture app) : AppTest<AppFixture>(app)
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
        var created = await next.ReadAsJsonAsync<IssueCreatedResponse>();
        Assert.Equal((42, 1L, Issue.StreamIdFor(Given.SeriesId, 42)), (created!.Number, created.Version, created.Id));
        Assert.EndsWith("/already-exists", (await duplicate.ReadAsJsonAsync<ProblemDetails>())!.Type, StringComparison.Ordinal);
        var issues = await App.ReadAsync<List<IssueSummary>>(IssuesUrl, editor);
        Assert.Equal([(41, IssueStatus.Draft, new DateOnly(2025, 4, 14)), (42, IssueStatus.Draft, new DateOnly(2025, 4, 21))],
            issues.Select(i => (i.Number, i.Status, i.PeriodStart)));
        Assert.Contains("\"status\":\"draft\"", await (await App.SendAsync("GET", IssuesUrl, editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
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

        Assert.Empty(await App.ReadAsync<List<IssueSummary>>(IssuesUrl, editor));
    }

    [Fact]
    public async Task an_issue_of_an_unknown_series_is_a_404()
    {
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SendAsync("POST", "/api/series/no-such-series/issues", editor, 404, new { periodStart = "2025-04-14", periodEnd = "2025-04-18" });
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
        Assert.Single(await App.ReadAsync<List<IssueSummary>>(IssuesUrl, editor));
    }
}
