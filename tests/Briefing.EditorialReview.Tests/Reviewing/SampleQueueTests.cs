using System.Text.Json;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview.Tests.Reviewing;

/// <summary>An editor works through the review queue of the 25 items of the real 第 41 期.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleQueueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_editor_claims_fixes_and_accepts_every_item_of_issue_41_and_the_queue_empties()
    {
        var submitted = await App.SampleIssueSubmittedAsync();
        var editor = await App.CreateUserAsync(Roles.Editor, name: "值班编辑");
        var queue = await JsonAsync("/api/review/queue", editor.Token);
        Assert.Equal(submitted.Select(s => s.Id), queue.EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()));
        Assert.Equal(5, queue.EnumerateArray().Count(entry => entry.GetProperty("lintCount").GetInt32() > 0 && submitted.Single(s => s.Id == entry.GetProperty("id").GetGuid()).Item.Body.Contains("\n\n", StringComparison.Ordinal)));

        foreach (var entry in queue.EnumerateArray())
        {
            var id = entry.GetProperty("id").GetGuid();
            var claimed = await PostAsync($"/api/review/items/{id}/claim", editor.Token, new { expectedVersion = 1 });
            var fixedUp = await PostAsync($"/api/review/items/{id}/lint/apply", editor.Token,
                new { rules = new[] { "paragraph-break", "latin-word" }, expectedVersion = claimed.GetProperty("version").GetInt64() });
            await PostAsync($"/api/review/items/{id}/accept", editor.Token, new { expectedVersion = fixedUp.GetProperty("version").GetInt64() });
        }

        Assert.Equal(0, (await JsonAsync("/api/review/queue", editor.Token)).GetArrayLength());
        foreach (var (id, item, contributor) in submitted)
        {
            var submission = await JsonAsync($"/api/submissions/{id}", contributor);
            Assert.Equal("accepted", submission.GetProperty("status").GetString());
            var reviewed = await JsonAsync($"/api/review/items/{id}", editor.Token);
            Assert.DoesNotContain("\n", reviewed.GetProperty("body").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(" and ", reviewed.GetProperty("body").GetString(), StringComparison.Ordinal);
        }

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var editorial = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "review_claimed" || e.EventTypeName == "review_accepted").ToListAsync();
        Assert.Equal(50, editorial.Count);
        Assert.All(editorial, e => Assert.Equal("值班编辑", e.Headers?["actor-name"]?.ToString()));
    }

    private async Task<JsonElement> PostAsync(string url, string token, object body)
    {
        var (response, _) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(token);
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBeOk();
        });
        return JsonDocument.Parse(await response.ReadAsTextAsync()).RootElement;
    }

    private async Task<JsonElement> JsonAsync(string url, string token) =>
        JsonDocument.Parse(await (await App.SendAsync("GET", url, token, 200)).ReadAsTextAsync()).RootElement;
}
