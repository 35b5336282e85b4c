using Briefing.EditorialReview.ReadingTheQueue;
using Alba;
using Briefing.EditorialReview.LintingItems;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview.Tests.ReadingTheQueue;

/// <summary>An editor works through the review queue of the 25 items of the real 第 41 期.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleQueueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_editor_claims_fixes_and_accepts_every_item_of_issue_41_and_the_queue_empties()
    {
        var submitted = await App.SampleIssueSubmittedAsync();
        var editor = await App.CreateUserAsync(Roles.Editor, name: "值班编辑");
        var queue = await App.ReadAsync<List<QueueEntry>>("/api/review/queue", editor.Token);
        Assert.Equal(submitted.Select(s => s.Id), queue.Select(entry => entry.Id));
        Assert.Equal(5, queue.Count(entry => entry.LintCount > 0 && submitted.Single(s => s.Id == entry.Id).Item.Body.Contains("\n\n", StringComparison.Ordinal)));

        foreach (var entry in queue)
        {
            var id = entry.Id;
            var claimed = await App.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/claim", editor.Token, 200, new { expectedVersion = 1 });
            var fixedUp = await App.SendAndWaitAsync<LintFixesApplied>("POST", $"/api/review/items/{id}/lint/apply", editor.Token, 200,
                new { rules = new[] { "paragraph-break", "latin-word" }, expectedVersion = claimed.Version });
            await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor.Token, 200, new { expectedVersion = fixedUp.Version });
        }

        Assert.Empty(await App.ReadAsync<List<QueueEntry>>("/api/review/queue", editor.Token));
        foreach (var (id, item, contributor) in submitted)
        {
            Assert.Equal("accepted", (await App.ReadAsync<ItemView>($"/api/submissions/{id}", contributor)).Status);
            var reviewed = await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id}", editor.Token);
            Assert.DoesNotContain("\n", reviewed.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(" and ", reviewed.Body, StringComparison.Ordinal);
        }

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var editorial = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "review_claimed" || e.EventTypeName == "review_accepted").ToListAsync();
        Assert.Equal(50, editorial.Count);
        Assert.All(editorial, e => Assert.Equal("值班编辑", e.Headers?["actor-name"]?.ToString()));
    }


}
