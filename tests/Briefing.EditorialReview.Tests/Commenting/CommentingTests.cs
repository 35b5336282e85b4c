using Alba;
using JasperFx.Events;
using Briefing.EditorialReview.Commenting;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.Extensions.Time.Testing;
using Wolverine.Http;

namespace Briefing.EditorialReview.Tests.Commenting;

[Collection(SharedApp.Collection)]
public sealed class CommentingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task the_comment_answered_is_the_comment_the_item_shows()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var editor = await App.CreateUserAsync(Roles.Editor, name: "王编辑");

        var answered = await (await App.SendAsync("POST", $"/api/review/items/{id}/comments", editor.Token, 201, new { text = "请核对时间。", quote = "初稿" }))
            .ReadAsJsonAsync<ReviewComment>();
        var shown = Assert.Single((await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor.Token)).Comments);

        Assert.Equal(answered, shown);
        Assert.Equal(("王编辑", "请核对时间。", "初稿"), (shown.Author.Name, shown.Text, shown.Quote));
    }

    [Fact]
    public void a_comment_is_recorded_with_its_author_and_the_instant_it_was_made()
    {
        var item = ReviewItems.Submitted();
        var at = new DateTimeOffset(2026, 4, 15, 10, 30, 0, TimeSpan.Zero);

        var (created, events) = CommentOnItemEndpoint.Post(item.ItemId, new CommentOnItem("请核对时间。", "座谈会"), item,
            ReviewItems.SignedIn(ReviewItems.Editor), new FakeTimeProvider(at));

        var stored = Assert.IsAssignableFrom<IEvent<ReviewCommented>>(Assert.Single(events));
        var commented = stored.Data;
        Assert.Equal((ReviewItems.Editor, "请核对时间。", "座谈会", at), (commented.Author, commented.Text, commented.Quote, stored.Timestamp));
        Assert.Equal(new ReviewComment(commented.CommentId, ReviewItems.Editor, "请核对时间。", "座谈会", at), created.Value);
    }

    [Fact]
    public void any_item_in_review_can_be_commented_on_but_a_comment_needs_text()
    {
        var item = ReviewItems.Accepted();

        Assert.Same(WolverineContinue.NoProblems, CommentOnItemEndpoint.Validate(item.ItemId, new CommentOnItem("好。", null), item));
        Assert.Equal(400, CommentOnItemEndpoint.Validate(item.ItemId, new CommentOnItem(" ", null), item).Status);
        Assert.Equal(404, CommentOnItemEndpoint.Validate(item.ItemId, new CommentOnItem("好。", null), item: null).Status);
    }
}
