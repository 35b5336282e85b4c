using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Statistics;
using Briefing.Testing;

namespace Briefing.Submission.Tests.Statistics;

/// <summary>
/// Two districts' items around the turn of April of <see cref="Year"/> (the year after the test's
/// clock, which only moves forward), on the test's clock (Beijing time):
/// 綦江区 (qijiang) submits a1, a2 and a3 on 17 April and a4 at 23:59:59 on 30 April; 渝北区
/// (yubei) submits b1 on 17 April and b2 at 00:00:00 on 1 May. a3 is withdrawn, a2 rejected; a1,
/// b1 and a4 accepted; a1 and b1 published in issue 41 on 1 May; a leader's 省部级 instruction on a1
/// given on 2 May. The rules (version 1, from 1 April): submitted 1, accepted 2, rejected −1,
/// published 10; 省部级 20, 市级 10.
/// </summary>
public sealed record StatisticsScenario(int Year, string Editor, string Chief, string Auditor, Guid A1, Guid A4, Guid B1)
{
    /// <summary>A day of the scenario's year as the API writes it: 2026-04-30.</summary>
    public string Day(int month, int day) => new DateOnly(Year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object VersionOne(int year) => new
    {
        effectiveFrom = $"{year}-04-01",
        points = new { submitted = 1, accepted = 2, rejected = -1, published = 10 },
        instructionPoints = new Dictionary<string, int> { ["省部级"] = 20, ["市级"] = 10 },
    };

    public static string ScoringUrl => $"/api/series/{Given.SeriesId}/scoring";

    public static string StatsUrl(string from, string to, string? rules = null, string? format = null) =>
        $"/api/stats/organisations?seriesId={Given.SeriesId}&from={from}&to={to}" + (rules is null ? "" : $"&rules={rules}") + (format is null ? "" : $"&format={format}");

    public static string InstructionsUrl(Guid itemId, int number = Given.SampleNumber) => $"{Given.IssueUrl(number)}/items/{itemId}/instructions";

    public static async Task<StatisticsScenario> RunAsync(FakeClockAppFixture app)
    {
        var clock = app.Clock;
        var year = clock.GetUtcNow().Year + 1;
        var may1 = ChinaTime.StartOf(new DateOnly(year, 5, 1));
        clock.SetUtcNow(ChinaTime.StartOf(new DateOnly(year, 4, 17)).AddHours(10));
        var qijiang = await app.QijiangContributorAsync();
        await app.OrganisationAsync("yubei", "渝北区");
        var yubei = (await app.CreateUserAsync(Roles.Contributor, "yubei", "渝北区联络员")).Token;
        var editor = (await app.CreateUserAsync(Roles.Editor, name: "编辑")).Token;
        var chief = await app.ChiefEditorAsync();
        var auditor = await app.TokenForAsync(Roles.Auditor);
        await app.SendAndWaitAsync("PUT", ScoringUrl, chief, 200, VersionOne(year));

        var a1 = await SubmitAsync(app, qijiang, "綦江区校企合作推进会召开。");
        var a2 = await SubmitAsync(app, qijiang, "綦江区一项未被采用的稿件。");
        var a3 = await SubmitAsync(app, qijiang, "綦江区一项后来撤回的稿件。");
        var b1 = await SubmitAsync(app, yubei, "渝北区产教融合基地揭牌。");
        await app.SendAndWaitAsync("POST", $"/api/submissions/{a3}/withdraw", qijiang, 200, new { expectedVersion = 1 });

        clock.SetUtcNow(may1.AddSeconds(-1));
        var a4 = await SubmitAsync(app, qijiang, "綦江区四月最后一秒的稿件。");
        clock.SetUtcNow(may1);
        await SubmitAsync(app, yubei, "渝北区五月第一秒的稿件。");

        foreach (var id in new[] { a1, b1, a4 })
        {
            await app.AcceptAsync(id, editor);
        }

        var claimed = await app.SendAndWaitAsync<Briefing.EditorialReview.ReviewState>("POST", $"/api/review/items/{a2}/claim", editor, 200, new { expectedVersion = 1 });
        await app.SendAndWaitAsync("POST", $"/api/review/items/{a2}/reject", editor, 200, new { reason = "与本刊主题无关。", expectedVersion = claimed.Version });

        var version = await app.IssueAsync(editor);
        version = await app.PlaceAsync(editor, a1, version);
        version = await app.PlaceAsync(editor, b1, version);
        version = await app.SignOffAsync(chief, version);
        await app.PublishAsync(chief, version);

        clock.SetUtcNow(may1.AddDays(1).AddHours(9));
        await app.SendAndWaitAsync("POST", InstructionsUrl(a1), editor, 201,
            new { leader = "张副市长", level = "省部级", text = "经验做法很好，请市教委总结推广。", givenOn = $"{year}-05-02" });
        return new StatisticsScenario(year, editor, chief, auditor, a1, a4, b1);
    }

    private static async Task<Guid> SubmitAsync(AppFixture app, string contributor, string body) =>
        await app.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, section = "district", body });

    public static Task<OrganisationStatistics> StatsAsync(AppFixture app, string token, string from, string to, string? rules = null) =>
        app.ReadAsync<OrganisationStatistics>(StatsUrl(from, to, rules), token);

    /// <summary>A row as (orgId, submitted, accepted, rejected, published, adoptionRate, instructions, points, rank).</summary>
    public static (string, int, int, int, int, double?, int, int, int) Figures(StatisticsRow row) =>
        (row.OrgId, row.Submitted, row.Accepted, row.Rejected, row.Published, row.AdoptionRate, row.Instructions, row.Points, row.Rank);

}
