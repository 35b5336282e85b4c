using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Publication.ReadingIssues;
using Briefing.Testing;

namespace Briefing.Publication.Tests.ReadingIssues;

[Collection(SharedApp.Collection)]
public sealed class ReadingIssuesTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_unknown_series_or_issue_is_a_404()
    {
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SendAsync("GET", "/api/series/no-such-series/issues", editor, 404);
        await App.SendAsync("GET", "/api/series/no-such-series/ready-items", editor, 404);
        await App.SeriesAsync();
        await App.SendAsync("GET", Given.IssueUrl(7), editor, 404);
        await App.SendAsync("GET", $"{Given.IssueUrl(7)}/render", editor, 404);
    }

    [Fact]
    public async Task issues_are_listed_by_number_and_an_issue_shows_its_sections_in_the_series_order()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        var chief = await App.ChiefEditorAsync();
        var own = await App.AcceptedItemAsync(contributor, editor, "专班工作。", section: "recent-work");
        var news = await App.AcceptedItemAsync(contributor, editor, "区县动态。");
        await App.IssueAsync(editor, 42);
        var version = await App.PlaceAsync(editor, news, await App.PlaceAsync(editor, own, await App.IssueAsync(editor)));
        var published = await App.PublishAsync(chief, await App.SignOffAsync(chief, version));

        var issues = await App.ReadAsync<List<IssueSummary>>($"/api/series/{Given.SeriesId}/issues", editor);
        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), App.AdminToken);

        Assert.Equal([(41, IssueStatus.Published, published.PublishedAt), (42, IssueStatus.Draft, (DateTimeOffset?)null)], issues.Select(i => (i.Number, i.Status, i.PublishedAt)));
        Assert.Equal((Given.SeriesId, 41, IssueStatus.Published, published.Version, published.ContentHash, "总编辑"),
            (issue.SeriesId, issue.Number, issue.Status, issue.Version, issue.ContentHash, issue.SignedOffBy?.Name));
        Assert.Equal(["district", "university", "recent-work"], issue.Sections.Select(s => s.Key));
        Assert.Equal([[news], [], [own]], issue.Sections.Select(s => s.Items.Select(i => i.ItemId).ToArray()));
    }
}
