using Briefing.Submission.Contracts;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.EditorialReview.Linting;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.ReadingTheQueue;

[Collection(SharedApp.Collection)]
public sealed class ReviewQueueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task a_submitted_item_waits_in_the_queue_oldest_first_with_its_lint_count()
    {
        var contributor = await App.QijiangContributorAsync();
        var first = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "开展校\n\n企合作座谈会。" });
        var second = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "没有问题的文本。" });
        var editor = await App.TokenForAsync(Roles.Editor);

        var queue = await App.ReadAsync<List<QueueEntry>>("/api/review/queue", editor);

        Assert.Equal([first, second], queue.Select(entry => entry.Id));
        Assert.Equal([1, 0], queue.Select(entry => entry.LintCount));
        Assert.All(queue, entry => Assert.Equal(("qijiang", "綦江区", ItemStatus.Submitted), (entry.OrgId, entry.Headline, entry.Status)));
        Assert.Empty(await App.ReadAsync<List<QueueEntry>>("/api/review/queue?seriesId=another", editor));
    }

    [Fact]
    public async Task the_item_under_review_follows_the_contributors_revisions_and_leaves_the_queue_when_withdrawn()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿" });
        await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Put.Json(new { body = "修改稿。", section = "district", expectedVersion = 1 }).ToUrl($"/api/submissions/{id}");
            s.StatusCodeShouldBeOk();
        });

        var item = await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", App.AdminToken);
        Assert.Equal(("修改稿。", "district", 2), (item.Body, item.Section, item.Revision));

        await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Post.Json(new { expectedVersion = 2, reason = "重复报送" }).ToUrl($"/api/submissions/{id}/withdraw");
            s.StatusCodeShouldBeOk();
        });

        Assert.Equal(ItemStatus.Withdrawn, (await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", App.AdminToken)).Status);
        Assert.Empty(await App.ReadAsync<List<QueueEntry>>("/api/review/queue", App.AdminToken));
    }

    [Fact]
    public async Task the_lint_of_an_item_gives_rule_position_excerpt_and_fix()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "产业资源优势 and 学院职业教育" });

        var findings = await App.ReadAsync<List<LintFinding>>($"/api/review/items/{id}/lint", await App.TokenForAsync(Roles.ChiefEditor));

        var latin = findings.Single(f => f.Rule == "latin-word");
        Assert.Equal((6, 5, "和", "warning"), (latin.Start, latin.Length, latin.Suggestion, latin.Severity));
        Assert.Contains(findings, f => f.Rule == "terminal-punct");
    }

    [Fact]
    public async Task an_item_not_in_review_is_a_404()
    {
        await App.SendAsync("GET", $"/api/review/items/{Guid.NewGuid()}", App.AdminToken, 404);
        await App.SendAsync("GET", $"/api/review/items/{Guid.NewGuid()}/lint", App.AdminToken, 404);
    }

}
