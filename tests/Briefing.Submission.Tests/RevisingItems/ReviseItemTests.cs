using Alba;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using Wolverine.Tracking;

namespace Briefing.Submission.Tests.RevisingItems;

[Collection(SharedApp.Collection)]
public sealed class ReviseItemTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task a_submitted_item_is_revised_to_a_new_version()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿。" });

        var result = await ReadAsync<SubmissionState>(await SendAsync("PUT", $"/api/submissions/{item.Id}", contributor, 200,
            new { body = "修改稿。", section = "district", expectedVersion = 1 }));

        Assert.Equal((item.Id, 2L, ItemStatus.Submitted), (result.Id, result.Version, result.Status));
        var revised = await GetAsync(item.Id);
        Assert.Equal(("修改稿。", "district", "綦江区", 2L), (revised.Body, revised.Section, revised.Headline, revised.Version));
    }

    [Fact]
    public async Task a_stale_expected_version_is_a_409_with_the_current_version_and_changes_nothing()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿。" });
        await SendAsync("PUT", $"/api/submissions/{item.Id}", contributor, 200, new { body = "第二稿。", expectedVersion = 1 });

        var conflict = await ProblemAsync("PUT", $"/api/submissions/{item.Id}", contributor, 409, new { body = "基于旧版的修改。", expectedVersion = 1 });

        Assert.EndsWith("/version-conflict", conflict.Type, StringComparison.Ordinal);
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("第二稿。", (await GetAsync(item.Id)).Body);
    }

    [Fact]
    public async Task after_changes_are_requested_the_contributor_sees_why_and_a_revision_sends_the_item_back_to_review()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ReviewStarted(item.Id)).AsTask());
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ChangesRequested(item.Id, "请补充调研时间。")).AsTask());

        var asked = await GetAsync(item.Id, contributor);
        Assert.Equal((ItemStatus.ChangesRequested, "请补充调研时间。"), (asked.Status, asked.ChangesRequested?.Reason));

        var (response, messages) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Put.Json(new { body = "4月15日，初稿。", expectedVersion = asked.Version }).ToUrl($"/api/submissions/{item.Id}");
            s.StatusCodeShouldBeOk();
        });

        Assert.Equal(ItemStatus.Submitted, (await ReadAsync<SubmissionState>(response)).Status);
        Assert.Equal(ItemStatus.Submitted, (await GetAsync(item.Id)).Status);
        var revised = messages.Executed.SingleMessage<SubmissionRevised>();
        Assert.True(revised.Resubmitted);
        Assert.Equal("4月15日，初稿。", revised.Body);
    }

    [Theory]
    [InlineData("in-review")]
    [InlineData("accepted")]
    [InlineData("rejected")]
    public async Task an_item_beyond_the_contributors_hands_is_a_409_invalid_state(string status)
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        object progress = status switch
        {
            "in-review" => new ReviewStarted(item.Id),
            "accepted" => new ItemAccepted(item.Id, SeriesId, "district", "qijiang", "綦江区", "正文。"),
            _ => new ItemRejected(item.Id, "与本期主题无关"),
        };
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(progress).AsTask());
        var current = await GetAsync(item.Id);

        var problem = await ProblemAsync("PUT", $"/api/submissions/{item.Id}", contributor, 409, new { body = "迟到的修改", expectedVersion = current.Version });

        Assert.EndsWith("/invalid-state", problem.Type, StringComparison.Ordinal);
        Assert.Equal("初稿", (await GetAsync(item.Id)).Body);
    }

    [Fact]
    public async Task another_organisations_contributor_gets_a_404_as_if_the_item_did_not_exist()
    {
        var contributor = await WithQijiangContributorAsync();
        await WithOrganisationAsync("fuling", "涪陵区");
        var stranger = (await App.CreateUserAsync(Roles.Contributor, "fuling")).Token;
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });

        await SendAsync("PUT", $"/api/submissions/{item.Id}", stranger, 404, new { body = "篡改", expectedVersion = 1 });
        await SendAsync("PUT", $"/api/submissions/{item.Id}", stranger, 404, new { body = "篡改", expectedVersion = 99 }); // not a 409 that names the version
        await SendAsync("GET", $"/api/submissions/{item.Id}", stranger, 404);
        await SendAsync("POST", $"/api/submissions/{item.Id}/withdraw", stranger, 404, new { expectedVersion = 1 });
        Assert.Equal("初稿", (await GetAsync(item.Id)).Body);
    }
}
