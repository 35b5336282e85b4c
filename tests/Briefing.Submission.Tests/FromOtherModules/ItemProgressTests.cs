using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Wolverine.Tracking;

namespace Briefing.Submission.Tests.FromOtherModules;

[Collection(SharedApp.Collection)]
public sealed class ItemProgressTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task the_contributor_follows_the_item_through_review_and_publication()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        var steps = new (object Message, ItemStatus Status)[]
        {
            (new ReviewStarted(item.Id), ItemStatus.InReview),
            (new ItemAccepted(item.Id, SeriesId, "district", "qijiang", "綦江区", "正文。"), ItemStatus.Accepted),
            (new ItemPlaced(item.Id, SeriesId, 41), ItemStatus.Placed),
            (new ItemUnplaced(item.Id, SeriesId, 41), ItemStatus.Accepted),
            (new ItemPlaced(item.Id, SeriesId, 42), ItemStatus.Placed),
            (new ItemPublished(item.Id, SeriesId, 42, "綦江区", "正文。"), ItemStatus.Published),
        };

        foreach (var (message, status) in steps)
        {
            await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(message).AsTask());
            Assert.Equal(status, (await GetAsync(item.Id, contributor)).Status);
        }

        var published = await GetAsync(item.Id);
        Assert.Equal(("district", 1L + steps.Length), (published.Section, published.Version));
    }

    [Fact]
    public async Task a_rejected_item_shows_rejected()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });

        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemRejected(item.Id, "与本期主题无关")).AsTask());

        Assert.Equal(ItemStatus.Rejected, (await GetAsync(item.Id, contributor)).Status);
    }

    [Fact]
    public async Task news_of_an_item_that_was_never_submitted_is_ignored()
    {
        var unknown = Guid.NewGuid();

        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ReviewStarted(unknown)).AsTask());

        await SendAsync("GET", $"/api/submissions/{unknown}", App.AdminToken, 404);
    }
}
