using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Audit.Tests.AsOf;

/// <summary>On a clock the tests hold: the instants asked about lie between the events by construction, not by sleeping.</summary>
[Collection(FakeClockAppFixture.Collection)]
public sealed class AsOfTests(FakeClockAppFixture app) : AppTest<FakeClockAppFixture>(app)
{
    private FakeTimeProvider Clock => App.Clock;

    [Fact]
    public async Task as_of_an_instant_between_two_edits_the_issue_shows_the_first_edit_and_the_order_then()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor)).Token;
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var beforeIssue = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromHours(1));
        var a = await App.AcceptedItemAsync(contributor, editor, "甲初稿。");
        var b = await App.AcceptedItemAsync(contributor, editor, "乙稿。");
        var version = await App.IssueAsync(editor, editorNote: "编者按一。");
        version = await App.PlaceAsync(editor, a, version);
        version = await App.PlaceAsync(editor, b, version);
        await EditAsync(editor, a, "甲第一次修改。");
        Clock.Advance(TimeSpan.FromHours(1));
        var between = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromHours(1));
        await EditAsync(editor, a, "甲第二次修改。");
        version = (await App.IssueAnswerAsync(editor)).Version;
        await App.SendAndWaitAsync("POST", $"{Given.IssueUrl()}/items/{b}/move", editor, 200, new { position = 0, expectedVersion = version });
        await App.SendAndWaitAsync("PUT", $"{Given.IssueUrl()}/editor-note", editor, 200, new { text = "编者按二。", expectedVersion = version + 1 });

        var then = await App.AsOfAsync(auditor, between);
        var now = await App.AsOfAsync(auditor, Clock.GetUtcNow());

        Assert.Equal([(a, "甲第一次修改。"), (b, "乙稿。")], then.Items);
        Assert.Equal("编者按一。", then.EditorNote);
        Assert.Equal(between, then.AsOf);
        Assert.Equal([(b, "乙稿。"), (a, "甲第二次修改。")], now.Items);
        Assert.Equal("编者按二。", now.EditorNote);
        Assert.Equal((await App.IssueAnswerAsync(editor)).Version, now.Version);
        await App.SendAsync("GET", Given.AsOfUrl(beforeIssue), auditor, 404);
        await App.SendAsync("GET", Given.AuditUrl("as-of"), auditor, 400);
        await App.SendAsync("GET", Given.AuditUrl("as-of") + "?at=yesterday", auditor, 400);
        await App.SendAsync("GET", Given.AuditUrl("as-of") + "?at=2026-04-16T00:00:00", auditor, 400); // no offset: whose midnight?
    }

    [Fact]
    public async Task an_instant_before_publication_shows_the_signed_off_text_and_the_instant_of_publication_the_published_one()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var published = await App.IssueAnswerAsync(scenario.Auditor);
        var publishedAt = published.PublishedAt!.Value;

        var before = await App.AsOfAsync(scenario.Auditor, publishedAt.AddTicks(-TimeSpan.TicksPerMicrosecond));
        var after = await App.AsOfAsync(scenario.Auditor, publishedAt);

        Assert.Equal("signed-off", before.Status);
        Assert.Null(before.ContentHash);
        Assert.Equal("published", after.Status);
        Assert.Equal(published.ContentHash, after.ContentHash);
        Assert.Equal(published.Items, before.Items);
        Assert.Equal(published.Items, after.Items);
    }

    [Fact]
    public async Task as_of_the_exact_timestamp_of_a_history_entry_includes_that_entry_and_a_microsecond_before_does_not()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var entries = (await App.JsonAsync(Given.AuditUrl("history"), scenario.Auditor)).GetProperty("entries").EnumerateArray()
            .Where(entry => entry.GetProperty("eventType").GetString()!.StartsWith("issue_", StringComparison.Ordinal))
            .Select(entry => entry.GetProperty("timestamp").GetString()!)
            .ToList();

        Assert.Equal(5, entries.Count); // created, two placements, signed off, published
        foreach (var (timestamp, version) in entries.Select((timestamp, index) => (timestamp, index + 1L)))
        {
            // The timestamp exactly as the history's JSON wrote it, as the console sends it back.
            var at = await App.ReadAsync<IssueAnswer>(Given.AuditUrl("as-of") + "?at=" + Uri.EscapeDataString(timestamp), scenario.Auditor);
            Assert.Equal(version, at.Version);
            var before = DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture).AddTicks(-TimeSpan.TicksPerMicrosecond);
            if (version == 1)
            {
                await App.SendAsync("GET", Given.AsOfUrl(before), scenario.Auditor, 404);
            }
            else
            {
                Assert.Equal(version - 1, (await App.AsOfAsync(scenario.Auditor, before)).Version);
            }
        }
    }

    private async Task EditAsync(string editor, Guid id, string body)
    {
        var current = await App.CurrentVersionAsync($"/api/review/items/{id}", editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/edits", editor, 200, new { body, expectedVersion = current });
    }
}
