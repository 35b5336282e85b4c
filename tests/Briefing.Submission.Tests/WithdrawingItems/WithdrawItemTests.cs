using Briefing.EditorialReview.Contracts;
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

        var result = Json(await (await SendAsync("POST", $"/api/submissions/{item.Id}/withdraw", contributor, 200,
            new { expectedVersion = 2, reason = "活动延期" })).ReadAsTextAsync());

        Assert.Equal("withdrawn", result.GetProperty("status").GetString());
        Assert.Equal("withdrawn", (await GetAsync(item.Id)).Status);
    }

    [Fact]
    public async Task an_accepted_item_cannot_be_withdrawn()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemAccepted(item.Id, SeriesId, "district", "qijiang", "綦江区", "正文。")).AsTask());

        var problem = Json(await (await SendAsync("POST", $"/api/submissions/{item.Id}/withdraw", contributor, 409,
            new { expectedVersion = 2 })).ReadAsTextAsync());

        Assert.EndsWith("/invalid-state", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("accepted", (await GetAsync(item.Id)).Status);
    }
}
