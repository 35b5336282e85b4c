using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Submission.Tests.Scoring;

[Collection(SharedApp.Collection)]
public sealed class ScoringRulesTests(AppFixture app) : SubmissionTest(app)
{
    private const string Url = $"/api/series/{SeriesId}/scoring";

    public static TheoryData<string, string> RefusedBodies => new()
    {
        { """{"points":{"submitted":1}}""", "effectiveFrom" },
        { """{"effectiveFrom":"2025-13-01"}""", "" },
        { """{"effectiveFrom":"1999-12-31"}""", "effectiveFrom" },
        { """{"effectiveFrom":"2025-04-01","points":{"submited":1}}""", "" },
        { """{"effectiveFrom":"2025-04-01","bonus":5}""", "" },
        { """{"effectiveFrom":"2025-04-01","points":{"submitted":-1}}""", "points.submitted" },
        { """{"effectiveFrom":"2025-04-01","points":{"published":1.5}}""", "" },
        { """{"effectiveFrom":"2025-04-01","points":{"accepted":10001}}""", "points.accepted" },
        { """{"effectiveFrom":"2025-04-01","instructionPoints":{"省部级":-20}}""", "instructionPoints" },
        { """{"effectiveFrom":"2025-04-01","instructionPoints":{" ":5}}""", "instructionPoints" },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task a_bad_body_is_a_400_naming_what_is_wrong_and_sets_nothing(string body, string field)
    {
        await WithSeriesAsync();
        var chief = (await App.CreateUserAsync(Roles.ChiefEditor)).Token;

        var problem = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(chief);
            s.Put.Text(body).ToUrl(Url);
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });

        var text = await problem.ReadAsTextAsync();
        Assert.Contains(field, text, StringComparison.Ordinal);
        Assert.Equal(0, (await App.JsonAsync(Url, chief)).GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task a_version_records_its_points_who_set_it_and_a_missing_key_counts_zero_and_a_penalty_may_be_negative()
    {
        await WithSeriesAsync();
        var chief = (await App.CreateUserAsync(Roles.ChiefEditor, name: "总编辑")).Token;
        var editor = await App.TokenForAsync(Roles.Editor);

        await App.SendAndWaitAsync("PUT", Url, chief, 200, new { effectiveFrom = "2025-01-01", points = new { published = 10, rejected = -2 }, instructionPoints = new Dictionary<string, int> { ["市级"] = 10 } });
        var second = await App.SendAndWaitAsync("PUT", Url, App.AdminToken, 200, new { effectiveFrom = "2025-07-01" });

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        var versions = (await App.JsonAsync(Url, editor)).GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(version => version.GetProperty("version").GetInt32()));
        var points = versions[0].GetProperty("points");
        Assert.Equal((0, 0, -2, 10), (points.GetProperty("submitted").GetInt32(), points.GetProperty("accepted").GetInt32(), points.GetProperty("rejected").GetInt32(), points.GetProperty("published").GetInt32()));
        Assert.Equal(10, versions[0].GetProperty("instructionPoints").GetProperty("市级").GetInt32());
        Assert.Equal("总编辑", versions[0].GetProperty("setBy").GetProperty("name").GetString());
        Assert.True(versions[0].GetProperty("setAt").GetDateTimeOffset() <= versions[1].GetProperty("setAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task only_chief_editors_and_admins_set_the_rules_and_a_series_that_does_not_exist_has_none()
    {
        await WithSeriesAsync();
        var body = new { effectiveFrom = "2025-01-01" };

        await App.SendAsync("PUT", Url, await App.TokenForAsync(Roles.Editor), 403, body);
        await App.SendAsync("PUT", Url, await App.TokenForAsync(Roles.Auditor), 403, body);
        await App.SendAsync("PUT", "/api/series/no-such-series/scoring", App.AdminToken, 404, body);
        await App.SendAsync("GET", "/api/series/no-such-series/scoring", App.AdminToken, 404);
        await App.SendAsync("GET", Url, await App.TokenForAsync(Roles.Contributor), 403);
        Assert.Equal(0, (await App.JsonAsync(Url, App.AdminToken)).GetProperty("versions").GetArrayLength());
    }
}
