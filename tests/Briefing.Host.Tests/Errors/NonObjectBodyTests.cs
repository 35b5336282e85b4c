using System.Text.Json;
using Alba;
using Briefing.Testing;

namespace Briefing.Host.Tests.Errors;

[Collection(SharedApp.Collection)]
public sealed class NonObjectBodyTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private const string ItemId = "5f0c8a52-3c1e-4d0b-9a57-2b8e0d6a4c11";

    private static readonly string[] Endpoints =
    [
        "POST /api/submissions",
        $"PUT /api/submissions/{ItemId}",
        "POST /api/series",
        "POST /api/orgs",
        "POST /api/admin/users",
        $"POST /api/review/items/{ItemId}/claim",
        $"POST /api/review/items/{ItemId}/edits",
        "PUT /api/review/series/jiaoyu-qiangshi/lint-rules",
        "POST /api/series/jiaoyu-qiangshi/issues",
        "POST /api/series/jiaoyu-qiangshi/issues/41/items",
        "PUT /api/series/jiaoyu-qiangshi/issues/41/editor-note",
    ];

    private static readonly string[] NotObjects = ["null", "[]", "\"x\"", "1", "true", " [ {\"seriesId\": \"jiaoyu-qiangshi\"} ] "];

    public static TheoryData<string, string> EndpointsAndBodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var body in NotObjects)
            {
                data.Add(endpoint, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EndpointsAndBodies))]
    public async Task a_json_body_that_is_not_an_object_is_a_400_validation_problem_and_stores_nothing(string endpoint, string body)
    {
        var stored = await StoredRowsAsync();

        var result = await SendAsync(endpoint, body, 400);

        using var problem = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("JSON object", problem.RootElement.GetProperty("errors").GetProperty("$")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(stored, await StoredRowsAsync());
    }

    [Theory]
    [InlineData("{\"seriesId\": ")]
    [InlineData("[1, ")]
    [InlineData("nul")]
    [InlineData("1 2")]
    public async Task malformed_json_is_still_a_400_problem(string body) =>
        await SendAsync("POST /api/submissions", body, 400);

    [Fact]
    public async Task an_object_body_still_reaches_the_endpoint_whole()
    {
        await SendAsync("POST /api/orgs", """ {"id": "qijiang", "name": "綦江区", "kind": "district"}""", 201);

        var organisations = await App.JsonAsync("/api/orgs", App.AdminToken);
        Assert.Equal("綦江区", Assert.Single(organisations.EnumerateArray()).GetProperty("name").GetString());
    }

    private Task<IScenarioResult> SendAsync(string endpoint, string body, int status) =>
        App.Host.Scenario(s =>
        {
            var (method, url) = endpoint.Split(' ') is [var m, var u] ? (m, u) : throw new ArgumentException(endpoint);
            s.WithBearerToken(App.AdminToken);
            if (method == "PUT")
            {
                s.Put.Text(body).ToUrl(url);
            }
            else
            {
                s.Post.Text(body).ToUrl(url);
            }

            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(status);
            if (status >= 400)
            {
                s.ContentTypeShouldBe("application/problem+json");
            }
        });

    /// <summary>Every event and every message the system holds: a request that stores nothing leaves it as it was.</summary>
    private async Task<long> StoredRowsAsync() =>
        (long)(await Sql.ScalarAsync(App.ConnectionString, """
            select (select count(*) from events.mt_events)
                 + (select count(*) from wolverine.wolverine_incoming_envelopes)
                 + (select count(*) from wolverine.wolverine_outgoing_envelopes)
            """))!;
}
