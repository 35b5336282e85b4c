using Alba;
using Briefing.Testing;

namespace Briefing.Submission.Tests.SubmittingItems;

[Collection(SharedApp.Collection)]
public sealed class IdempotencyKeyTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task the_same_key_and_body_returns_the_first_response_and_creates_nothing_more()
    {
        var contributor = await WithQijiangContributorAsync();
        var body = new { seriesId = SeriesId, body = "只应保存一次。" };

        var first = await SendAsync("POST", "/api/submissions", contributor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "k-1"));
        var repeat = await SendAsync("POST", "/api/submissions", contributor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "k-1"));

        Assert.Equal(await first.ReadAsTextAsync(), await repeat.ReadAsTextAsync());
        Assert.Equal(first.Context.Response.Headers.Location.ToString(), repeat.Context.Response.Headers.Location.ToString());
        Assert.Equal("true", repeat.Context.Response.Headers["Idempotent-Replayed"].ToString());
        Assert.Equal(1, await TotalAsync());
    }

    [Fact]
    public async Task the_same_key_with_another_body_is_a_422()
    {
        var contributor = await WithQijiangContributorAsync();
        await SendAsync("POST", "/api/submissions", contributor, 201, new { seriesId = SeriesId, body = "第一份" }, s => s.WithRequestHeader("Idempotency-Key", "k-2"));

        await SendAsync("POST", "/api/submissions", contributor, 422, new { seriesId = SeriesId, body = "另一份" }, s => s.WithRequestHeader("Idempotency-Key", "k-2"));

        Assert.Equal(1, await TotalAsync());
    }

    [Fact]
    public async Task concurrent_repeats_of_one_key_create_one_item_and_all_get_its_response()
    {
        var contributor = await WithQijiangContributorAsync();
        var body = new { seriesId = SeriesId, body = "网络不好，连按了八次。" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            SendAsync("POST", "/api/submissions", contributor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "k-3"))));

        var bodies = await Task.WhenAll(responses.Select(response => response.ReadAsTextAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal(1, await TotalAsync());
    }

    [Fact]
    public async Task keys_belong_to_their_caller()
    {
        var contributor = await WithQijiangContributorAsync();
        var colleague = (await App.CreateUserAsync(Identity.Contracts.Roles.Contributor, "qijiang")).Token;
        var body = new { seriesId = SeriesId, body = "各自提交。" };

        await SendAsync("POST", "/api/submissions", contributor, 201, body, s => s.WithRequestHeader("Idempotency-Key", "shared"));
        await SendAsync("POST", "/api/submissions", colleague, 201, body, s => s.WithRequestHeader("Idempotency-Key", "shared"));

        Assert.Equal(2, await TotalAsync());
    }

    private async Task<long> TotalAsync() => (await ListAsync(App.AdminToken)).Total;
}
