using System.Text.Json;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview.Tests.Reviewing;

[Collection(SharedApp.Collection)]
public sealed class ReviewWorkflowTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_editor_claims_comments_edits_sends_back_sees_the_revision_return_and_accepts()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.CreateUserAsync(Roles.Editor, name: "王编辑");
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "开展校\n\n企合作座谈会" });

        var claimed = await PostAndWaitAsync($"/api/review/items/{id}/claim", editor.Token, new { expectedVersion = 1 }, 200);
        Assert.Equal(("in-review", "王编辑"), (claimed.GetProperty("status").GetString(), claimed.GetProperty("assignee").GetProperty("name").GetString()));
        Assert.Equal("in-review", await SubmissionStatusAsync(id));

        await App.SendAsync("POST", $"/api/review/items/{id}/comments", editor.Token, 201, new { text = "请核对时间。", quote = "座谈会" });
        var edited = await PostAndWaitAsync($"/api/review/items/{id}/edits", editor.Token,
            new { body = "开展校企合作座谈会。", note = "合并分页断行", expectedVersion = 3 }, 200);
        Assert.Equal((4, 2), (edited.GetProperty("version").GetInt32(), edited.GetProperty("revision").GetInt32()));

        await PostAndWaitAsync($"/api/review/items/{id}/request-changes", editor.Token, new { reason = "请补充日期。", expectedVersion = 4 }, 200);
        Assert.Equal("changes-requested", await SubmissionStatusAsync(id));

        var submissionVersion = (await JsonAsync($"/api/submissions/{id}", contributor)).GetProperty("version").GetInt32();
        await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Put.Json(new { body = "4月15日，开展校企合作座谈会。", expectedVersion = submissionVersion }).ToUrl($"/api/submissions/{id}");
            s.StatusCodeShouldBeOk();
        });
        var back = await JsonAsync($"/api/review/items/{id}", editor.Token);
        Assert.Equal(("in-review", "4月15日，开展校企合作座谈会。", 3), (back.GetProperty("status").GetString(), back.GetProperty("body").GetString(), back.GetProperty("revision").GetInt32()));
        Assert.Equal("请核对时间。", back.GetProperty("comments")[0].GetProperty("text").GetString());

        await PostAndWaitAsync($"/api/review/items/{id}/accept", editor.Token, new { section = "district", expectedVersion = back.GetProperty("version").GetInt32() }, 200);
        Assert.Equal("accepted", await SubmissionStatusAsync(id));

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(ReviewItem.StreamIdFor(id));
        Assert.All(events.Where(e => e.EventType != typeof(ReviewOpened) && e.EventType != typeof(ContributorRevisionReceived)),
            e => Assert.Equal("王编辑", e.Headers?["actor-name"]?.ToString()));
    }

    [Fact]
    public async Task of_two_editors_acting_on_one_version_exactly_one_wins()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var first = await App.TokenForAsync(Roles.Editor);
        await PostAndWaitAsync($"/api/review/items/{id}/claim", first, new { expectedVersion = 1 }, 200);

        var results = await Task.WhenAll(
            App.Host.Scenario(s => { s.WithBearerToken(first); s.Post.Json(new { body = "甲改。", expectedVersion = 2 }).ToUrl($"/api/review/items/{id}/edits"); s.IgnoreStatusCode(); }),
            App.Host.Scenario(s => { s.WithBearerToken(App.AdminToken); s.Post.Json(new { body = "乙改。", expectedVersion = 2 }).ToUrl($"/api/review/items/{id}/edits"); s.IgnoreStatusCode(); }));

        Assert.Equal([200, 409], results.Select(r => r.Context.Response.StatusCode).Order());
        var conflict = JsonDocument.Parse(await results.Single(r => r.Context.Response.StatusCode == 409).ReadAsTextAsync()).RootElement;
        Assert.Equal(3, conflict.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task claiming_an_item_another_editor_holds_needs_an_explicit_takeover_which_is_recorded()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var holder = await App.TokenForAsync(Roles.Editor);
        var other = await App.CreateUserAsync(Roles.ChiefEditor, name: "李主编");
        await PostAndWaitAsync($"/api/review/items/{id}/claim", holder, new { expectedVersion = 1 }, 200);

        var refused = JsonDocument.Parse(await (await App.SendAsync("POST", $"/api/review/items/{id}/claim", other.Token, 409, new { expectedVersion = 2 })).ReadAsTextAsync()).RootElement;
        Assert.EndsWith("/invalid-state", refused.GetProperty("type").GetString(), StringComparison.Ordinal);

        var taken = await PostAndWaitAsync($"/api/review/items/{id}/claim", other.Token, new { expectedVersion = 2, takeover = true }, 200);
        Assert.Equal("李主编", taken.GetProperty("assignee").GetProperty("name").GetString());
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Contains(await session.Events.FetchStreamAsync(ReviewItem.StreamIdFor(id)), e => e.EventType == typeof(ReviewTakenOver));
    }

    [Fact]
    public async Task an_unclaimed_item_cannot_be_edited_or_decided_and_a_rejected_one_shows_rejected()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var editor = await App.TokenForAsync(Roles.Editor);

        await App.SendAsync("POST", $"/api/review/items/{id}/edits", editor, 409, new { body = "改。", expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{id}/accept", editor, 409, new { section = "district", expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{id}/reject", editor, 400, new { expectedVersion = 1 });

        await PostAndWaitAsync($"/api/review/items/{id}/claim", editor, new { expectedVersion = 1 }, 200);
        await App.SendAsync("POST", $"/api/review/items/{id}/accept", editor, 400, new { section = "no-such-section", expectedVersion = 2 });
        await PostAndWaitAsync($"/api/review/items/{id}/reject", editor, new { reason = "与本期主题无关", expectedVersion = 2 }, 200);
        Assert.Equal("rejected", await SubmissionStatusAsync(id));
    }

    private async Task<JsonElement> PostAndWaitAsync(string url, string token, object body, int status)
    {
        var (response, _) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(token);
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        return JsonDocument.Parse(await response.ReadAsTextAsync()).RootElement;
    }

    private async Task<string?> SubmissionStatusAsync(Guid id) => (await JsonAsync($"/api/submissions/{id}", App.AdminToken)).GetProperty("status").GetString();

    private async Task<JsonElement> JsonAsync(string url, string token) =>
        JsonDocument.Parse(await (await App.SendAsync("GET", url, token, 200)).ReadAsTextAsync()).RootElement;
}
