using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Audit.Tests.Verifying;

/// <summary>An auditor takes the real 第 41 期, published through the API from its 25 items (on a clock the test holds, for the instant before publication).</summary>
[Collection(FakeClockAppFixture.Collection)]
public sealed class SampleIssueAuditTests(FakeClockAppFixture app) : AppTest<FakeClockAppFixture>(app)
{
    [Fact]
    public async Task an_auditor_lists_everything_that_happened_to_issue_41_sees_it_before_publication_diffs_and_verifies_it()
    {
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "值班编辑")).Token;
        var chief = await App.ChiefEditorAsync();
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var items = await App.SampleIssueAcceptedAsync(editor);
        var version = await App.IssueAsync(chief);
        foreach (var (id, _, _) in items)
        {
            version = await App.PlaceAsync(chief, id, version);
        }

        var signedOff = await App.SignOffAsync(chief, version);
        var beforePublication = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.PublishAsync(chief, signedOff);

        var history = (await App.HistoryAsync(auditor)).Entries;
        Assert.All(items, item => Assert.Contains(history, e => e.EventType == "item_submitted" && e.ItemId == item.Id));
        Assert.Equal(25, history.Count(e => e.EventType == "review_accepted" && e.Actor.Name == "值班编辑"));

        var then = await App.AsOfAsync(auditor, beforePublication);
        Assert.Equal("signed-off", then.Status);
        Assert.Equal(items.Select(i => i.Id), then.Items.Select(i => i.ItemId));

        Assert.Single(await App.RevisionsAsync(auditor, items[0].Id));
        var verify = await App.VerifyAsync(auditor);
        Assert.True(verify.Match);
        Assert.True(verify.Chain.Intact);
    }
}
