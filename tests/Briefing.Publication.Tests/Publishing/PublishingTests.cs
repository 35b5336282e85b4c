using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Publication.Publishing;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.Publishing;

[Collection(SharedApp.Collection)]
public sealed class PublishingTests(AppFixture app) : EditorialDeskTest(app)
{
    [Fact]
    public async Task publishing_text_other_than_what_was_signed_off_is_refused_and_stores_nothing_until_it_is_signed_off_again()
    {
        var a = await App.AcceptedItemAsync(Contributor, Editor, "签发稿。");
        var version = await App.SignOffAsync(Chief, await App.PlaceAsync(Editor, a, await App.IssueAsync(Editor)));
        // The text changes where nothing voids the sign-off (every edit through the API does).
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(ReadyItem.StreamIdFor(a), new ReadyItemRevised("綦江区", "未经签发的文本。", "district"));
            await session.SaveChangesAsync();
        }

        await App.InvalidStateOnIssueAsync("publish", Chief, version);

        Assert.Equal(version, await IssueStreamVersionAsync());
        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), Editor);
        Assert.Equal((IssueStatus.SignedOff, version), (issue.Status, issue.Version));
        await App.PublishAsync(Chief, await App.SignOffAsync(Chief, version));
        Assert.Contains("未经签发的文本。", await MarkdownAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_published_issue_is_immutable_and_renders_from_what_was_published()
    {
        var a = await App.AcceptedItemAsync(Contributor, Editor, "发布稿。");
        var version = await App.SignOffAsync(Chief, await App.PlaceAsync(Editor, a, await App.IssueAsync(Editor)));
        version = (await App.PublishAsync(Chief, version)).Version;
        var publishedMarkdown = await MarkdownAsync();

        await App.InvalidStateOnIssueAsync("items", Editor, version, new { itemId = Guid.NewGuid() });
        await App.InvalidStateOnIssueAsync("publish", Chief, version);
        await App.InvalidStateAsync("PUT", $"{Given.IssueUrl()}/editor-note", Editor, new { text = "补记。", expectedVersion = version });
        await App.InvalidStateAsync("POST", $"/api/review/items/{a}/edits", Editor,
            new { body = "发布后再改。", expectedVersion = (await App.ReadAsync<ItemView>($"/api/review/items/{a}", Editor)).Version });

        // Even if the item's text changed behind publication's back, the published issue keeps what was published.
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(ReadyItem.StreamIdFor(a), new ReadyItemRevised("綦江区", "篡改稿。", "district"));
            await session.SaveChangesAsync();
        }

        Assert.Equal(publishedMarkdown, await MarkdownAsync());
        Assert.Equal("发布稿。", (await App.ReadAsync<IssueView>(Given.IssueUrl(), Editor)).Sections[0].Items[0].Body);
        Assert.Contains("发布稿。", await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=html", Editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task errata_are_for_published_issues_by_a_chief_editor_and_print_after_the_published_text()
    {
        var a = await App.AcceptedItemAsync(Contributor, Editor, "李钱松。");
        var version = await App.SignOffAsync(Chief, await App.PlaceAsync(Editor, a, await App.IssueAsync(Editor)));
        await App.InvalidStateOnIssueAsync("errata", Chief, version, new { text = "未发布。" });
        version = (await App.PublishAsync(Chief, version)).Version;
        var published = await MarkdownAsync();

        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", Editor, 403, new { text = "更正。", expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", Chief, 400, new { itemId = Guid.NewGuid(), text = "不在本期。", expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", Chief, 400, new { text = "", expectedVersion = version });
        var issued = await (await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", Chief, 201, new { itemId = a, text = "“李钱松”应为“李前松”。", expectedVersion = version }))
            .ReadAsJsonAsync<ErratumResponse>();

        var corrected = await MarkdownAsync();
        Assert.StartsWith(published, corrected, StringComparison.Ordinal);
        Assert.Contains("## 【更正】", corrected, StringComparison.Ordinal);
        Assert.Contains("关于“綦江区”：“李钱松”应为“李前松”。", corrected, StringComparison.Ordinal);
        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), Editor);
        var erratum = Assert.Single(issue.Errata);
        Assert.Equal((issued!.Id, a, "总编辑"), (erratum.Id, erratum.ItemId, erratum.IssuedBy.Name));
        Assert.Equal(issue.Version, issued.Version);
    }

    private async Task<long> IssueStreamVersionAsync()
    {
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber)))!.Version;
    }

    private async Task<string> MarkdownAsync() =>
        await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", Editor, 200)).ReadAsTextAsync();
}
