using System.Text.Json;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.Publishing;

[Collection(SharedApp.Collection)]
public sealed class PublishingTests(AppFixture app) : AppTest<AppFixture>(app)
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
        await AssertInvalidStateAsync("sign-off", _chief, version);
        version = await App.PlaceAsync(_editor, await App.AcceptedItemAsync(_contributor, _editor, "甲。"), version);

        await AssertInvalidStateAsync("publish", _chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/sign-off", _editor, 403, new { expectedVersion = version });
        version = await App.SignOffAsync(_chief, version);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/publish", _editor, 403, new { expectedVersion = version });
        await AssertInvalidStateAsync("sign-off", _chief, version);

        var issue = await App.JsonAsync(Given.IssueUrl(), _editor);
        Assert.Equal(("signed-off", "总编辑"), (issue.GetProperty("status").GetString(), issue.GetProperty("signedOffBy").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task a_signed_off_issue_is_frozen_and_an_edit_of_one_of_its_items_voids_the_sign_off()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "初稿。");
        var b = await App.AcceptedItemAsync(_contributor, _editor, "乙。");
        var version = await App.PlaceAsync(_editor, a, await App.IssueAsync(_editor));
        version = await App.SignOffAsync(_chief, version);

        await AssertInvalidStateAsync("items", _editor, version, new { itemId = b });
        await AssertInvalidStateAsync($"items/{a}/move", _editor, version, new { position = 0 });
        await App.InvalidStateAsync("DELETE", $"{Given.IssueUrl()}/items/{a}?expectedVersion={version}", _editor);

        var reviewed = await App.JsonAsync($"/api/review/items/{a}", _editor);
        await App.InvalidStateAsync("POST", $"/api/review/items/{a}/edits", _editor,
            new { section = "university", expectedVersion = reviewed.GetProperty("version").GetInt64() });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{a}/edits", _editor, 200,
            new { body = "改稿。", expectedVersion = reviewed.GetProperty("version").GetInt64() });

        var issue = await App.JsonAsync(Given.IssueUrl(), _editor);
        Assert.Equal("draft", issue.GetProperty("status").GetString());
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber));
            Assert.Equal(["issue_signed_off", "issue_item_revised", "issue_sign_off_voided"], events.TakeLast(3).Select(e => e.EventTypeName));
        }

        version = issue.GetProperty("version").GetInt64();
        await AssertInvalidStateAsync("publish", _chief, version);
        var published = await App.PublishAsync(_chief, await App.SignOffAsync(_chief, version));
        Assert.Contains("◆**綦江区**改稿。", await MarkdownAsync(), StringComparison.Ordinal);
        Assert.Equal(64, published.GetProperty("contentHash").GetString()!.Length);
    }

    [Fact]
    public async Task publishing_text_other_than_what_was_signed_off_is_refused_and_stores_nothing_until_it_is_signed_off_again()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "签发稿。");
        var version = await App.SignOffAsync(_chief, await App.PlaceAsync(_editor, a, await App.IssueAsync(_editor)));
        // The text changes where nothing voids the sign-off (every edit through the API does).
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(ReadyItem.StreamIdFor(a), new ReadyItemRevised("綦江区", "未经签发的文本。", "district"));
            await session.SaveChangesAsync();
        }

        await AssertInvalidStateAsync("publish", _chief, version);

        Assert.Equal(version, await IssueStreamVersionAsync());
        var issue = await App.JsonAsync(Given.IssueUrl(), _editor);
        Assert.Equal(("signed-off", version), (issue.GetProperty("status").GetString(), issue.GetProperty("version").GetInt64()));
        await App.PublishAsync(_chief, await App.SignOffAsync(_chief, version));
        Assert.Contains("未经签发的文本。", await MarkdownAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_published_issue_is_immutable_and_renders_from_what_was_published()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "发布稿。");
        var version = await App.SignOffAsync(_chief, await App.PlaceAsync(_editor, a, await App.IssueAsync(_editor)));
        version = (await App.PublishAsync(_chief, version)).GetProperty("version").GetInt64();
        var publishedMarkdown = await MarkdownAsync();

        await AssertInvalidStateAsync("items", _editor, version, new { itemId = Guid.NewGuid() });
        await AssertInvalidStateAsync("publish", _chief, version);
        await App.InvalidStateAsync("PUT", $"{Given.IssueUrl()}/editor-note", _editor, new { text = "补记。", expectedVersion = version });
        await App.InvalidStateAsync("POST", $"/api/review/items/{a}/edits", _editor,
            new { body = "发布后再改。", expectedVersion = (await App.JsonAsync($"/api/review/items/{a}", _editor)).GetProperty("version").GetInt64() });

        // Even if the item's text changed behind publication's back, the published issue keeps what was published.
        await using (var session = App.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(ReadyItem.StreamIdFor(a), new ReadyItemRevised("綦江区", "篡改稿。", "district"));
            await session.SaveChangesAsync();
        }

        Assert.Equal(publishedMarkdown, await MarkdownAsync());
        Assert.Equal("发布稿。", (await App.JsonAsync(Given.IssueUrl(), _editor)).GetProperty("sections")[0].GetProperty("items")[0].GetProperty("body").GetString());
        Assert.Contains("发布稿。", await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=html", _editor, 200)).ReadAsTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task errata_are_for_published_issues_by_a_chief_editor_and_print_after_the_published_text()
    {
        var a = await App.AcceptedItemAsync(_contributor, _editor, "李钱松。");
        var version = await App.SignOffAsync(_chief, await App.PlaceAsync(_editor, a, await App.IssueAsync(_editor)));
        await AssertInvalidStateAsync("errata", _chief, version, new { text = "未发布。" });
        version = (await App.PublishAsync(_chief, version)).GetProperty("version").GetInt64();
        var published = await MarkdownAsync();

        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", _editor, 403, new { text = "更正。", expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", _chief, 400, new { itemId = Guid.NewGuid(), text = "不在本期。", expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", _chief, 400, new { text = "", expectedVersion = version });
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", _chief, 201, new { itemId = a, text = "“李钱松”应为“李前松”。", expectedVersion = version });

        var corrected = await MarkdownAsync();
        Assert.StartsWith(published, corrected, StringComparison.Ordinal);
        Assert.Contains("## 【更正】", corrected, StringComparison.Ordinal);
        Assert.Contains("关于“綦江区”：“李钱松”应为“李前松”。", corrected, StringComparison.Ordinal);
        var erratum = (await App.JsonAsync(Given.IssueUrl(), _editor)).GetProperty("errata").EnumerateArray().Single();
        Assert.Equal((a, "总编辑"), (erratum.GetProperty("itemId").GetGuid(), erratum.GetProperty("issuedBy").GetProperty("name").GetString()));
    }

    private async Task<long> IssueStreamVersionAsync()
    {
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(Issue.StreamIdFor(Given.SeriesId, Given.SampleNumber)))!.Version;
    }

    private async Task<string> MarkdownAsync() =>
        await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", _editor, 200)).ReadAsTextAsync();

    /// <summary>POST .../{action} with the body and expectedVersion is a 409 invalid-state.</summary>
    private async Task AssertInvalidStateAsync(string action, string token, long version, object? body = null)
    {
        var fields = JsonSerializer.SerializeToNode(body ?? new { })!.AsObject();
        fields["expectedVersion"] = version;
        await App.InvalidStateAsync("POST", $"{Given.IssueUrl()}/{action}", token, fields);
    }
}
