using Briefing.EditorialReview.Linting;
using Alba;
using Briefing.EditorialReview.LintingItems;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Briefing.EditorialReview.Tests.LintingItems;

[Collection(SharedApp.Collection)]
public sealed class LintingItemsTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task applying_the_fixes_is_one_revision_whose_note_lists_them()
    {
        var (id, editor) = await ClaimedItemAsync("双方围绕议题,开展校\n\n企合作 and 交流。。");

        var result = await App.SendAndWaitAsync<LintFixesApplied>("POST", $"/api/review/items/{id}/lint/apply", editor, 200, new { expectedVersion = 2 });

        Assert.Equal((3L, 2), (result.Version, result.Revision));
        Assert.Equal(["halfwidth-punct", "paragraph-break", "latin-word", "doubled-punct"], result.Applied.Select(f => f.Rule));
        var item = await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor);
        Assert.Equal("双方围绕议题，开展校企合作和交流。", item.Body);
        Assert.Empty(await App.ReadAsync<List<LintFinding>>($"/api/review/items/{id}/lint", editor));

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var edit = (await session.Events.FetchStreamAsync(ReviewItem.StreamIdFor(id))).OfType<IEvent<ReviewEdited>>().Single();
        Assert.Equal("lint fixes: halfwidth-punct ×1, paragraph-break ×1, latin-word ×1, doubled-punct ×1", edit.Data.Note);
    }

    [Fact]
    public async Task only_the_rules_named_are_applied()
    {
        var (id, editor) = await ClaimedItemAsync("开展校\n\n企合作,交流。");

        var result = await App.SendAndWaitAsync<LintFixesApplied>("POST", $"/api/review/items/{id}/lint/apply", editor, 200, new { rules = new[] { "paragraph-break" }, expectedVersion = 2 });

        Assert.Equal("paragraph-break", Assert.Single(result.Applied).Rule);
        Assert.Equal("开展校企合作,交流。", (await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor)).Body);
    }

    [Fact]
    public async Task a_series_turns_rules_on_or_off_and_sets_their_severity()
    {
        var (id, editor) = await ClaimedItemAsync("经济圈 35个地方政府。");
        Assert.Empty(await App.ReadAsync<List<LintFinding>>($"/api/review/items/{id}/lint", editor));

        await App.SendAsync("PUT", $"/api/review/series/{Given.SeriesId}/lint-rules", App.AdminToken, 200,
            new { rules = new Dictionary<string, object> { ["number-spacing"] = new { enabled = true, severity = "warning" } } });

        var finding = Assert.Single(await App.ReadAsync<List<LintFinding>>($"/api/review/items/{id}/lint", editor));
        Assert.Equal(("number-spacing", "warning"), (finding.Rule, finding.Severity));
        Assert.Equal(1, Assert.Single(await App.ReadAsync<List<QueueEntry>>("/api/review/queue", editor)).LintCount);
        await App.SendAsync("PUT", $"/api/review/series/{Given.SeriesId}/lint-rules", App.AdminToken, 400,
            new { rules = new Dictionary<string, object> { ["no-such-rule"] = new { enabled = true, severity = "warning" } } });
    }

    [Fact]
    public async Task a_placed_item_can_be_polished_and_tells_publication_but_a_published_one_cannot_be_edited()
    {
        var (id, editor) = await ClaimedItemAsync("初稿。");
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor, 200, new { section = "district", expectedVersion = 2 });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemPlaced(id, Given.SeriesId, 41)).AsTask());

        var (_, messages) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(editor);
            s.Post.Json(new { body = "润色稿。", expectedVersion = 4 }).ToUrl($"/api/review/items/{id}/edits");
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("润色稿。", messages.Sent.SingleMessage<Contracts.AcceptedItemEdited>().Body);

        // Publication says what it published: an edit that reached it too late is not the item's text any more.
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemPublished(id, Given.SeriesId, 41, "綦江区", "发布时的文本。")).AsTask());
        Assert.Equal("发布时的文本。", (await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor)).Body);
        var problem = await App.SendAndWaitAsync<Problem>("POST", $"/api/review/items/{id}/edits", editor, 409, new { body = "发布后再改。", expectedVersion = 6 });
        Assert.EndsWith("/invalid-state", problem.Type, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Editor)> ClaimedItemAsync(string body)
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body });
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        return (id, editor);
    }


}
