using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.SigningOff;

[Collection(SharedApp.Collection)]
public sealed class SigningOffTests(AppFixture app) : EditorialDeskTest(app)
{
    [Fact]
    public async Task publishing_needs_a_sign_off_by_a_chief_editor_and_signing_off_needs_items()
    {
        var version = await App.IssueAsync(Editor);
        await App.InvalidStateOnIssueAsync("sign-off", Chief, version);
        version = await App.PlaceAsync(Editor, await App.AcceptedItemAsync(Contributor, Editor, "甲。"), version);

        await App.InvalidStateOnIssueAsync("publish", Chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/sign-off", Editor, 403, new { expectedVersion = version });
        version = await App.SignOffAsync(Chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/publish", Editor, 403, new { expectedVersion = version });
        await App.InvalidStateOnIssueAsync("sign-off", Chief, version);

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), Editor);
        Assert.Equal((IssueStatus.SignedOff, "总编辑"), (issue.Status, issue.SignedOffBy?.Name));
    }

    [Fact]
    public async Task a_signed_off_issue_is_frozen_and_an_edit_of_one_of_its_items_voids_the_sign_off()
    {
        var a = await App.AcceptedItemAsync(Contributor, Editor, "初稿。");
        var b = await App.AcceptedItemAsync(Contributor, Editor, "乙。");
        var version = await App.PlaceAsync(Editor, a, await App.IssueAsync(Editor));
        version = await App.SignOffAsync(Chief, version);

        await App.InvalidStateOnIssueAsync("items", Editor, version, new { itemId = b });
        await App.InvalidStateOnIssueAsync($"items/{a}/move", Editor, version, new { position = 0 });
        await App.InvalidStateAsync("DELETE", $"{Given.IssueUrl()}/items/{a}?expectedVersion={version}", Editor);

        var reviewed = await App.ReadAsync<ItemView>($"/api/review/items/{a}", Editor);
        await App.InvalidStateAsync("POST", $"/api/review/items/{a}/edits", Editor, new { section = "university", expectedVersion = reviewed.Version });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{a}/edits", Editor, 200, new { body = "改稿。", expectedVersion = reviewed.Version });

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), Editor);
        Assert.Equal(IssueStatus.Draft, issue.Status);
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber));
            Assert.Equal(["issue_signed_off", "issue_item_revised", "issue_sign_off_voided"], events.TakeLast(3).Select(e => e.EventTypeName));
        }

        await App.InvalidStateOnIssueAsync("publish", Chief, issue.Version);
        var published = await App.PublishAsync(Chief, await App.SignOffAsync(Chief, issue.Version));
        Assert.Contains("◆**綦江区**改稿。", await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", Editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
        Assert.Equal(64, published.ContentHash.Length);
    }
}
