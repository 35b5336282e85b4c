using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.SigningOff;

[Collection(SharedApp.Collection)]
public sealed class SigningOffTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private string _contributor = "";
    private string _editor = "";
    private string _chief = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _contributor = await App.QijiangContributorAsync();
        _editor = (await App.CreateUserAsync(Roles.Editor)).Token;
        _chief = await App.ChiefEditorAsync();
    }

    [Fact]
    public async Task publishing_needs_a_sign_off_by_a_chief_editor_and_signing_off_needs_items()
    {
        var version = await App.IssueAsync(_editor);
        await App.InvalidStateOnIssueAsync("sign-off", _chief, version);
        version = await App.PlaceAsync(_editor, await App.AcceptedItemAsync(_contributor, _editor, "甲。"), version);

        await App.InvalidStateOnIssueAsync("publish", _chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/sign-off", _editor, 403, new { expectedVersion = version });
        version = await App.SignOffAsync(_chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/publish", _editor, 403, new { expectedVersion = version });
        await App.InvalidStateOnIssueAsync("sign-off", _chief, version);

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor);
        Assert.Equal((IssueStatus.SignedOff, "总编辑"), (issue.Status, issue.SignedOffBy?.Name));
    }

    [Fact]
    public async Task a_signed_off_issue_is_frozen_and_an_edit_of_one_of_its_items_voids_the_sign_off()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "初稿。");
        var b = await App.AcceptedItemAsync(_contributor, _editor, "乙。");
        var version = await App.PlaceAsync(_editor, a, await App.IssueAsync(_editor));
        version = await App.SignOffAsync(_chief, version);

        await App.InvalidStateOnIssueAsync("items", _editor, version, new { itemId = b });
        await App.InvalidStateOnIssueAsync($"items/{a}/move", _editor, version, new { position = 0 });
        await App.InvalidStateAsync("DELETE", $"{Given.IssueUrl()}/items/{a}?expectedVersion={version}", _editor);

        var reviewed = await App.ReadAsync<ItemView>($"/api/review/items/{a}", _editor);
        await App.InvalidStateAsync("POST", $"/api/review/items/{a}/edits", _editor, new { section = "university", expectedVersion = reviewed.Version });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{a}/edits", _editor, 200, new { body = "改稿。", expectedVersion = reviewed.Version });

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor);
        Assert.Equal(IssueStatus.Draft, issue.Status);
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber));
            Assert.Equal(["issue_signed_off", "issue_item_revised", "issue_sign_off_voided"], events.TakeLast(3).Select(e => e.EventTypeName));
        }

        await App.InvalidStateOnIssueAsync("publish", _chief, issue.Version);
        var published = await App.PublishAsync(_chief, await App.SignOffAsync(_chief, issue.Version));
        Assert.Contains("◆**綦江区**改稿。", await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", _editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
        Assert.Equal(64, published.ContentHash.Length);
    }
}
