using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using Wolverine.Tracking;

namespace Briefing.Submission.Tests.WithdrawingItems;

[Collection(SharedApp.Collection)]
public sealed class WithdrawItemTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task an_item_in_review_can_be_withdrawn()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ReviewStarted(item.Id)).AsTask());

        var result = await ReadAsync<SubmissionState>(await SendAsync("POST", $"/api/submissions/{item.Id}/withdraw", contributor, 200,
            new { expectedVersion = 2, reason = "活动延期" }));

        Assert.Equal((3L, ItemStatus.Withdrawn), (result.Version, result.Status));
        Assert.Equal(ItemStatus.Withdrawn, (await GetAsync(item.Id)).Status);
    }

    [Fact]
    public async Task an_accepted_item_cannot_be_withdrawn()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemAccepted(item.Id, SeriesId, "district", "qijiang", "綦江区", "正文。")).AsTask());

        var problem = await ProblemAsync("POST", $"/api/submissions/{item.Id}/withdraw", contributor, 409, new { expectedVersion = 2 });

        Assert.EndsWith("/invalid-state", problem.Type, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Accepted, (await GetAsync(item.Id)).Status);
    }
}
