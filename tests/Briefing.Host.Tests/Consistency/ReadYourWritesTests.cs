using System.Text.Json;
using Alba;
using Briefing.Host.Consistency;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Host.Tests.Consistency;

/// <summary>
/// A script that calls the API one step after another, with no pause and no waiting for messages:
/// every read after a 2xx already shows the write and what it set off in the other modules.
/// </summary>
[Collection(SharedApp.Collection)]
public sealed class ReadYourWritesTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private const int Rounds = 5;
    private const int Clients = 16;

    [Fact]
    public async Task a_series_just_defined_takes_an_import_at_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var seriesId = $"series-{round}";
            var defined = await CallAsync("POST", "/api/series", App.AdminToken, Given.SeriesBody(seriesId));
            Assert.Equal(201, defined.Status);

            var imported = await App.Host.Scenario(s =>
            {
                s.WithBearerToken(App.AdminToken);
                s.Post.Text(SampleBriefing.Markdown).ToUrl($"/api/series/{seriesId}/import");
                s.WithRequestHeader("Content-Type", "text/markdown; charset=utf-8");
                s.StatusCodeShouldBe(201);
            });
            Assert.False(imported.Context.Response.Headers.ContainsKey(ReadYourWrites.Header));
        }
    }

    [Fact]
    public async Task each_step_of_a_review_round_trip_is_visible_to_the_next_one()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.TokenForAsync(Roles.Editor);

        for (var round = 0; round < Rounds; round++)
        {
            await ReviewRoundTripAsync(contributor, editor);
        }
    }

    [Fact]
    public async Task many_clients_at_once_each_see_their_own_writes_everywhere()
    {
        var contributor = await App.QijiangContributorAsync();
        var editors = new List<string>();
        for (var client = 0; client < Clients; client++)
        {
            editors.Add(await App.TokenForAsync(Roles.Editor));
        }

        await Task.WhenAll(editors.Select(editor => Task.Run(async () =>
        {
            for (var round = 0; round < 3; round++)
            {
                await ReviewRoundTripAsync(contributor, editor);
            }
        })));
    }

    /// <summary>Submit, read in review, claim, request changes, read the submission, revise with the version read.</summary>
    private async Task ReviewRoundTripAsync(string contributor, string editor)
    {
        var submitted = await CallAsync("POST", "/api/submissions", contributor, new { seriesId = Given.SeriesId, section = "district", body = "綦江区召开教育强区推进会。" });
        Assert.Equal(201, submitted.Status);
        var id = submitted.Body.GetProperty("id").GetGuid();

        var inReview = await CallAsync("GET", $"/api/review/items/{id}", editor);
        Assert.Equal(200, inReview.Status);
        var claimed = await CallAsync("POST", $"/api/review/items/{id}/claim", editor, new { expectedVersion = inReview.Body.GetProperty("version").GetInt64() });
        Assert.Equal(200, claimed.Status);

        var requested = await CallAsync("POST", $"/api/review/items/{id}/request-changes", editor,
            new { reason = "请补充具体数据。", expectedVersion = claimed.Body.GetProperty("version").GetInt64() });
        Assert.Equal(200, requested.Status);

        var submission = await CallAsync("GET", $"/api/submissions/{id}", contributor);
        Assert.Equal("changes-requested", submission.Body.GetProperty("status").GetString());
        var revised = await CallAsync("PUT", $"/api/submissions/{id}", contributor,
            new { body = "綦江区召开教育强区推进会，30所学校参加。", expectedVersion = submission.Body.GetProperty("version").GetInt64() });
        Assert.Equal(200, revised.Status);

        var backInReview = await CallAsync("GET", $"/api/review/items/{id}", editor);
        Assert.Equal("綦江区召开教育强区推进会，30所学校参加。", backInReview.Body.GetProperty("body").GetString());
    }

    private async Task<(int Status, JsonElement Body)> CallAsync(string method, string url, string token, object? body = null)
    {
        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(token);
            Given.Request(s, method, url, body);
            s.IgnoreStatusCode();
        });
        Assert.False(result.Context.Response.Headers.ContainsKey(ReadYourWrites.Header), $"{method} {url} answered before its cascade ended");
        var text = await result.ReadAsTextAsync();
        return (result.Context.Response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
