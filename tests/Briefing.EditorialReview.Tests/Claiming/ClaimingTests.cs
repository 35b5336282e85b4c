using Alba;
using Briefing.EditorialReview.Claiming;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Briefing.EditorialReview.Tests.Claiming;

[Collection(SharedApp.Collection)]
public sealed class ClaimingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task claiming_an_item_another_editor_holds_needs_an_explicit_takeover_which_is_recorded()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var holder = await App.TokenForAsync(Roles.Editor);
        var other = await App.CreateUserAsync(Roles.ChiefEditor, name: "李主编");
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", holder, 200, new { expectedVersion = 1 });

        var refused = await (await App.SendAsync("POST", $"/api/review/items/{id}/claim", other.Token, 409, new { expectedVersion = 2 })).ReadAsJsonAsync<Problem>();
        Assert.EndsWith("/invalid-state", refused!.Type, StringComparison.Ordinal);

        var taken = await App.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/claim", other.Token, 200, new { expectedVersion = 2, takeover = true });
        Assert.Equal("李主编", taken.Assignee?.Name);
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Contains(await session.Events.FetchStreamAsync(ReviewItem.StreamIdFor(id)), e => e.EventType == typeof(ReviewTakenOver));
    }

    [Fact]
    public void claiming_a_submitted_item_puts_it_in_review_and_tells_submission()
    {
        var item = ReviewItems.Submitted();
        var editor = ReviewItems.SignedIn(ReviewItems.Editor);

        Assert.Same(WolverineContinue.NoProblems, ClaimItemEndpoint.Validate(item.ItemId, new ClaimItem(1), item, editor));
        var (_, events, messages) = ClaimItemEndpoint.Post(item.ItemId, new ClaimItem(1), item, editor);

        Assert.Equal([new ReviewClaimed(ReviewItems.Editor)], events);
        Assert.Equal([new ReviewStarted(item.ItemId)], messages);
    }

    [Fact]
    public void claiming_an_item_one_holds_already_changes_nothing()
    {
        var item = ReviewItems.InReview(ReviewItems.Editor);
        var editor = ReviewItems.SignedIn(ReviewItems.Editor);

        Assert.Same(WolverineContinue.NoProblems, ClaimItemEndpoint.Validate(item.ItemId, new ClaimItem(2), item, editor));
        var (_, events, messages) = ClaimItemEndpoint.Post(item.ItemId, new ClaimItem(2), item, editor);

        Assert.Empty(events);
        Assert.Empty(messages);
    }

    [Fact]
    public void an_item_another_editor_holds_is_taken_over_only_when_asked()
    {
        var item = ReviewItems.InReview(ReviewItems.Editor);
        var other = ReviewItems.SignedIn(ReviewItems.OtherEditor);

        var refused = ClaimItemEndpoint.Validate(item.ItemId, new ClaimItem(2), item, other);
        Assert.Equal((409, "王编辑 has claimed this item; claim it with takeover: true to take it over."), (refused.Status, refused.Detail));

        var (_, events, messages) = ClaimItemEndpoint.Post(item.ItemId, new ClaimItem(2, Takeover: true), item, other);
        Assert.Equal([new ReviewTakenOver(ReviewItems.Editor, ReviewItems.OtherEditor)], events);
        Assert.Empty(messages);
    }

    [Fact]
    public void a_decided_item_cannot_be_claimed()
    {
        var item = ReviewItems.Accepted();

        var problem = ClaimItemEndpoint.Validate(item.ItemId, new ClaimItem(item.Version), item, ReviewItems.SignedIn(ReviewItems.Editor));

        Assert.Equal((409, "An item that is accepted cannot be claimed."), (problem.Status, problem.Detail));
    }
}
