using System.Text.Json;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Audit.Tests.AsOf;

[Collection(SharedApp.Collection)]
public sealed class AsOfTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task as_of_an_instant_between_two_edits_the_issue_shows_the_first_edit_and_the_order_then()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor)).Token;
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var beforeIssue = DateTimeOffset.UtcNow;
        var a = await App.AcceptedItemAsync(contributor, editor, "甲初稿。");
        var b = await App.AcceptedItemAsync(contributor, editor, "乙稿。");
        var version = await App.IssueAsync(editor, editorNote: "编者按一。");
        version = await App.PlaceAsync(editor, a, version);
        version = await App.PlaceAsync(editor, b, version);
        await EditAsync(editor, a, "甲第一次修改。");
        var between = await InstantAsync();
        await EditAsync(editor, a, "甲第二次修改。");
        version = (await App.JsonAsync(Given.IssueUrl(), editor)).GetProperty("version").GetInt64();
        await App.SendAndWaitAsync("POST", $"{Given.IssueUrl()}/items/{b}/move", editor, 200, new { position = 0, expectedVersion = version });
        await App.SendAndWaitAsync("PUT", $"{Given.IssueUrl()}/editor-note", editor, 200, new { text = "编者按二。", expectedVersion = version + 1 });

        var then = await AsOfAsync(auditor, between);
        var now = await AsOfAsync(auditor, DateTimeOffset.UtcNow);

        Assert.Equal([(a, "甲第一次修改。"), (b, "乙稿。")], Items(then));
        Assert.Equal("编者按一。", then.GetProperty("editorNote").GetString());
        Assert.Equal(between, then.GetProperty("asOf").GetDateTimeOffset());
        Assert.Equal([(b, "乙稿。"), (a, "甲第二次修改。")], Items(now));
        Assert.Equal("编者按二。", now.GetProperty("editorNote").GetString());
        Assert.Equal((await App.JsonAsync(Given.IssueUrl(), editor)).GetProperty("version").GetInt64(), now.GetProperty("version").GetInt64());
        await App.SendAsync("GET", AsOfUrl(beforeIssue), auditor, 404);
        await App.SendAsync("GET", AuditScenario.AuditUrl("as-of"), auditor, 400);
        await App.SendAsync("GET", AuditScenario.AuditUrl("as-of") + "?at=yesterday", auditor, 400);
        await App.SendAsync("GET", AuditScenario.AuditUrl("as-of") + "?at=2026-04-16T00:00:00", auditor, 400); // no offset: whose midnight?
    }

    [Fact]
    public async Task the_day_before_publication_shows_the_draft_and_after_it_the_published_text()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var published = await App.JsonAsync(Given.IssueUrl(), scenario.Auditor);
        var publishedAt = published.GetProperty("publishedAt").GetDateTimeOffset();

        var before = await AsOfAsync(scenario.Auditor, publishedAt.AddTicks(-10));
        var after = await AsOfAsync(scenario.Auditor, publishedAt);

        Assert.Equal("signed-off", before.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("contentHash").ValueKind);
        Assert.Equal("published", after.GetProperty("status").GetString());
        Assert.Equal(published.GetProperty("contentHash").GetString(), after.GetProperty("contentHash").GetString());
        Assert.Equal(Items(published), Items(before));
        Assert.Equal(Items(published), Items(after));
    }

    private async Task EditAsync(string editor, Guid id, string body)
    {
        var current = await App.JsonAsync($"/api/review/items/{id}", editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/edits", editor, 200, new { body, expectedVersion = current.GetProperty("version").GetInt64() });
    }

    /// <summary>An instant strictly between what came before and what comes after (the store keeps microseconds).</summary>
    private static async Task<DateTimeOffset> InstantAsync()
    {
        await Task.Delay(5);
        var instant = DateTimeOffset.UtcNow;
        await Task.Delay(5);
        return new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);
    }

    private static string AsOfUrl(DateTimeOffset at) => AuditScenario.AuditUrl("as-of") + "?at=" + Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    private async Task<JsonElement> AsOfAsync(string token, DateTimeOffset at) => await App.JsonAsync(AsOfUrl(at), token);

    private static List<(Guid, string?)> Items(JsonElement issue) =>
        issue.GetProperty("sections").EnumerateArray().SelectMany(section => section.GetProperty("items").EnumerateArray())
            .Select(item => (item.GetProperty("itemId").GetGuid(), item.GetProperty("body").GetString())).ToList();
}
