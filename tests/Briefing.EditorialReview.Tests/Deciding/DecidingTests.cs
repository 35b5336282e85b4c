using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.Deciding;

[Collection(SharedApp.Collection)]
public sealed class DecidingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_unclaimed_item_cannot_be_edited_or_decided_and_a_rejected_one_shows_rejected()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var editor = await App.TokenForAsync(Roles.Editor);

        await App.SendAsync("POST", $"/api/review/items/{id}/edits", editor, 409, new { body = "改。", expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{id}/accept", editor, 409, new { section = "district", expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{id}/reject", editor, 400, new { expectedVersion = 1 });

        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{id}/accept", editor, 400, new { section = "no-such-section", expectedVersion = 2 });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/reject", editor, 200, new { reason = "与本期主题无关", expectedVersion = 2 });
        Assert.Equal("rejected", (await App.ReadAsync<ItemView>($"/api/submissions/{id}", App.AdminToken)).Status);
    }
}
