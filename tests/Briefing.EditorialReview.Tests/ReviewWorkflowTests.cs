using Briefing.Submission.Contracts;
using Alba;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview.Tests;

/// <summary>One item's way through review, across claiming, commenting, editing and deciding.</summary>
[Collection(SharedApp.Collection)]
public sealed class ReviewWorkflowTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_editor_claims_comments_edits_sends_back_sees_the_revision_return_and_accepts()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.CreateUserAsync(Roles.Editor, name: "王编辑");
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "开展校\n\n企合作座谈会" });

        var claimed = await App.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/claim", editor.Token, 200, new { expectedVersion = 1 });
        Assert.Equal((ItemStatus.InReview, "王编辑"), (claimed.Status, claimed.Assignee?.Name));
        Assert.Equal("in-review", await SubmissionStatusAsync(id));

        await App.SendAsync("POST", $"/api/review/items/{id}/comments", editor.Token, 201, new { text = "请核对时间。", quote = "座谈会" });
        var edited = await App.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/edits", editor.Token, 200,
            new { body = "开展校企合作座谈会。", note = "合并分页断行", expectedVersion = 3 });
        Assert.Equal((4L, 2), (edited.Version, edited.Revision));

        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/request-changes", editor.Token, 200, new { reason = "请补充日期。", expectedVersion = 4 });
        Assert.Equal("changes-requested", await SubmissionStatusAsync(id));

        var submissionVersion = (await App.ReadAsync<ItemView>($"/api/submissions/{id}", contributor)).Version;
        await App.SendAndWaitAsync("PUT", $"/api/submissions/{id}", contributor, 200, new { body = "4月15日，开展校企合作座谈会。", expectedVersion = submissionVersion });
        var back = await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor.Token);
        Assert.Equal((ItemStatus.InReview, "4月15日，开展校企合作座谈会。", 3), (back.Status, back.Body, back.Revision));
        Assert.Equal("请核对时间。", back.Comments[0].Text);

        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor.Token, 200, new { section = "district", expectedVersion = back.Version });
        Assert.Equal("accepted", await SubmissionStatusAsync(id));

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(ReviewItem.StreamIdFor(id));
        Assert.All(events.Where(e => e.EventType != typeof(ReviewOpened) && e.EventType != typeof(ContributorRevisionReceived)),
            e => Assert.Equal("王编辑", e.Headers?["actor-name"]?.ToString()));
    }

    private async Task<string> SubmissionStatusAsync(Guid id) => (await App.ReadAsync<ItemView>($"/api/submissions/{id}", App.AdminToken)).Status;
}
