using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Assembling;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.Assembling;

[Collection(SharedApp.Collection)]
public sealed class AssemblingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private string _contributor = "";
    private string _editor = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _contributor = await App.QijiangContributorAsync();
        _editor = (await App.CreateUserAsync(Roles.Editor, name: "排版编辑")).Token;
    }

    [Fact]
    public async Task items_are_placed_moved_and_removed_and_each_step_is_recorded_with_its_editor()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "甲。");
        var b = await App.AcceptedItemAsync(_contributor, _editor, "乙。");
        var c = await App.AcceptedItemAsync(_contributor, _editor, "丙。");
        var version = await App.IssueAsync(_editor);
        version = await App.PlaceAsync(_editor, a, version);
        version = await App.PlaceAsync(_editor, b, version);
        version = await PostAsync("items", new { itemId = c, position = 0, expectedVersion = version });
        Assert.Equal([c, a, b], await ItemsInAsync("district"));

        version = await PostAsync($"items/{b}/move", new { position = 0, expectedVersion = version });
        Assert.Equal([b, c, a], await ItemsInAsync("district"));
        version = await PostAsync($"items/{a}/move", new { section = "university", position = 0, expectedVersion = version });
        Assert.Equal([b, c], await ItemsInAsync("district"));
        Assert.Equal([a], await ItemsInAsync("university"));

        await App.SendAndWaitAsync("DELETE", $"{Given.IssueUrl()}/items/{c}?expectedVersion={version}", _editor, 200);
        Assert.Equal([b], await ItemsInAsync("district"));
        Assert.Equal([c], (await App.ReadAsync<List<ReadyItemResponse>>($"/api/series/{Given.SeriesId}/ready-items", _editor)).Select(i => i.ItemId));
        Assert.Equal("accepted", (await App.ReadAsync<ItemView>($"/api/submissions/{c}", _contributor)).Status);
        Assert.Equal("placed", (await App.ReadAsync<ItemView>($"/api/submissions/{a}", _contributor)).Status);

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber));
        Assert.Equal(["issue_created", "issue_item_placed", "issue_item_placed", "issue_item_placed", "issue_item_moved", "issue_item_moved", "issue_item_removed"],
            events.Select(e => e.EventTypeName));
        Assert.All(events, e => Assert.Equal("排版编辑", e.Headers?["actor-name"]?.ToString()));
    }

    [Fact]
    public async Task only_an_accepted_item_in_the_pool_can_be_placed()
    {
        var submitted = await App.SubmittedItemAsync(_contributor, new { seriesId = Given.SeriesId, section = "district", body = "待审。" });
        var accepted = await App.AcceptedItemAsync(_contributor, _editor, "已采用。");
        var version = await App.IssueAsync(_editor);
        await App.IssueAsync(_editor, 42);

        await App.InvalidStateAsync("POST", Given.IssueUrl() + "/items", _editor, new { itemId = submitted, expectedVersion = version });
        await App.InvalidStateAsync("POST", Given.IssueUrl() + "/items", _editor, new { itemId = Guid.NewGuid(), expectedVersion = version });
        version = await App.PlaceAsync(_editor, accepted, version);
        await App.InvalidStateAsync("POST", Given.IssueUrl() + "/items", _editor, new { itemId = accepted, expectedVersion = version });
        await App.InvalidStateAsync("POST", Given.IssueUrl(42) + "/items", _editor, new { itemId = accepted, expectedVersion = 1 });
    }

    [Fact]
    public async Task a_bad_section_or_position_is_a_400_a_stale_version_a_409_and_neither_changes_the_issue()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "甲。");
        var b = await App.AcceptedItemAsync(_contributor, _editor, "乙。");
        var version = await App.IssueAsync(_editor);
        version = await App.PlaceAsync(_editor, a, version);

        await App.SendAsync("POST", Given.IssueUrl() + "/items", _editor, 400, new { itemId = b, section = "no-such-section", expectedVersion = version });
        await App.SendAsync("POST", Given.IssueUrl() + "/items", _editor, 400, new { itemId = b, position = 2, expectedVersion = version });
        await App.SendAsync("POST", Given.IssueUrl() + "/items", _editor, 400, new { itemId = b, position = -1, expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/items/{a}/move", _editor, 400, new { position = 1, expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/items/{b}/move", _editor, 404, new { position = 0, expectedVersion = version });
        await App.SendAsync("DELETE", $"{Given.IssueUrl()}/items/{a}", _editor, 400);
        var stale = await App.SendAsync("POST", Given.IssueUrl() + "/items", _editor, 409, new { itemId = b, expectedVersion = version - 1 });

        var problem = await stale.ReadAsJsonAsync<Problem>();
        Assert.EndsWith("/version-conflict", problem!.Type, StringComparison.Ordinal);
        Assert.Equal(version, problem.CurrentVersion);
        Assert.Equal(version, (await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor)).Version);
        Assert.Equal([a], await ItemsInAsync("district"));
    }

    [Fact]
    public async Task the_editors_note_prints_before_the_first_section()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "甲。");
        var version = await App.IssueAsync(_editor);
        version = await App.PlaceAsync(_editor, a, version);

        var noted = await App.SendAndWaitAsync<IssueState>("PUT", $"{Given.IssueUrl()}/editor-note", _editor, 200, new { text = "本期共一条。", expectedVersion = version });

        Assert.Equal(version + 1, noted.Version);
        Assert.Equal("本期共一条。", (await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor)).EditorNote);
        // Only the audit's view of an issue at an instant has asOf.
        Assert.DoesNotContain("\"asOf\"", await (await App.SendAsync("GET", Given.IssueUrl(), _editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
        var markdown = await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", _editor, 200)).ReadAsTextAsync();
        Assert.Contains("第 41 期（4.14—4.18）\n\n本期共一条。\n\n## 【区县动态】\n\n◆**綦江区**甲。", markdown, StringComparison.Ordinal);
        await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=pdf", _editor, 400);
    }

    [Fact]
    public async Task changing_the_note_of_a_signed_off_issue_voids_the_sign_off_as_it_changes()
    {
        var chief = await App.ChiefEditorAsync();
        var version = await App.SignOffAsync(chief, await App.PlaceAsync(_editor, await App.AcceptedItemAsync(_contributor, _editor, "甲。"), await App.IssueAsync(_editor)));

        var signedOffHash = (await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor)).SignedOffHash;
        Assert.Matches("^[0-9a-f]{64}$", signedOffHash);

        var noted = await App.SendAndWaitAsync<IssueState>("PUT", $"{Given.IssueUrl()}/editor-note", _editor, 200, new { text = "签发后补记。", expectedVersion = version });
        var voided = await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor);
        Assert.Equal(("签发后修改了编者按。", (Guid?)null, signedOffHash), (voided.SignOffVoided?.Reason, voided.SignOffVoided?.ItemId, voided.SignOffVoided?.VoidedHash));
        Assert.Null(voided.SignedOffHash);

        Assert.Equal((IssueStatus.Draft, version + 2), (noted.Status, noted.Version));
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber));
            Assert.Equal(["issue_signed_off", "editor_note_changed", "issue_sign_off_voided"], events.TakeLast(3).Select(e => e.EventTypeName));
        }

        await App.InvalidStateAsync("POST", $"{Given.IssueUrl()}/publish", chief, new { expectedVersion = noted.Version });
        await App.PublishAsync(chief, await App.SignOffAsync(chief, noted.Version));
        Assert.Null((await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor)).SignOffVoided);
        Assert.Contains("签发后补记。", await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", _editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
    }

    private async Task<long> PostAsync(string path, object body) =>
        (await App.SendAndWaitAsync<IssueState>("POST", $"{Given.IssueUrl()}/{path}", _editor, 200, body)).Version;

    private async Task<IReadOnlyList<Guid>> ItemsInAsync(string section) =>
        (await App.ReadAsync<IssueView>(Given.IssueUrl(), _editor)).Sections.Single(s => s.Key == section).Items.Select(i => i.ItemId).ToList();
}
