using System.Text.Json;
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
        var queue = await App.JsonAsync("/api/review/queue", editor.Token);
        Assert.Equal(submitted.Select(s => s.Id), queue.EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()));
        Assert.Equal(5, queue.EnumerateArray().Count(entry => entry.GetProperty("lintCount").GetInt32() > 0 && submitted.Single(s => s.Id == entry.GetProperty("id").GetGuid()).Item.Body.Contains("\n\n", StringComparison.Ordinal)));

        foreach (var entry in queue.EnumerateArray())
        {
            var id = entry.GetProperty("id").GetGuid();
            var claimed = await App.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/claim", editor.Token, 200, new { expectedVersion = 1 });
            var fixedUp = await App.SendAndWaitAsync<LintFixesApplied>("POST", $"/api/review/items/{id}/lint/apply", editor.Token, 200,
                new { rules = new[] { "paragraph-break", "latin-word" }, expectedVersion = claimed.Version });
            await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor.Token, 200, new { expectedVersion = fixedUp.Version });
        }

        Assert.Equal(0, (await App.JsonAsync("/api/review/queue", editor.Token)).GetArrayLength());
        foreach (var (id, item, contributor) in submitted)
        {
            var submission = await App.JsonAsync($"/api/submissions/{id}", contributor);
            Assert.Equal("accepted", submission.GetProperty("status").GetString());
            var reviewed = await App.JsonAsync($"/api/review/items/{id}", editor.Token);
            Assert.DoesNotContain("\n", reviewed.GetProperty("body").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(" and ", reviewed.GetProperty("body").GetString(), StringComparison.Ordinal);
        }

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var editorial = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "review_claimed" || e.EventTypeName == "review_accepted").ToListAsync();
        Assert.Equal(50, editorial.Count);
        Assert.All(editorial, e => Assert.Equal("值班编辑", e.Headers?["actor-name"]?.ToString()));
    }


}
