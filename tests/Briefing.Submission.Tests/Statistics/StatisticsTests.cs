using System.Text.Json;
using Briefing.Submission.Statistics;
using Briefing.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Briefing.Submission.Tests.Statistics.StatisticsScenario;

namespace Briefing.Submission.Tests.Statistics;

/// <summary>Every figure against a count by hand of the scenario's events (<see cref="StatisticsScenario"/>).</summary>
[Collection(FakeClockAppFixture.Collection)]
public sealed class StatisticsTests(FakeClockAppFixture app) : AppTest<FakeClockAppFixture>(app)
{
    [Fact]
    public async Task april_counts_what_was_submitted_in_april_beijing_time_and_scores_it_by_the_rules_then()
    {
        var scenario = await RunAsync(App);

        var april = await StatsAsync(App, scenario.Editor, scenario.Day(4, 1), scenario.Day(4, 30));

        // 綦江区: a1, a2, a4 submitted (a3 withdrawn), a1 and a4 accepted, a2 rejected: 3 + 2×2 − 1 = 6.
        Assert.Equal([("qijiang", 3, 2, 1, 0, 0.0, 0, 6, 1), ("yubei", 1, 1, 0, 0, 0.0, 0, 3, 2)], april.Rows.Select(Figures));
        Assert.Equal(["綦江区", "渝北区"], april.Rows.Select(row => row.Name));
        Assert.Equal([1], april.Rules.Select(rules => rules.Version));
        Assert.Equal((4, 3, 1, 0, 9), (april.Totals.Submitted, april.Totals.Accepted, april.Totals.Rejected, april.Totals.Published, april.Totals.Points));
        Assert.Equal([($"{scenario.Year}-04", 4, 0)], april.Months.Select(month => (month.Month, month.Submitted, month.Published)));

        var lastDay = await StatsAsync(App, scenario.Editor, scenario.Day(4, 30), scenario.Day(4, 30));
        var firstDay = await StatsAsync(App, scenario.Editor, scenario.Day(5, 1), scenario.Day(5, 1));
        Assert.Equal([("qijiang", 1), ("yubei", 0)], lastDay.Rows.Select(row => (row.OrgId, row.Submitted)));
        Assert.Equal([("yubei", 1), ("qijiang", 0)], firstDay.Rows.Select(row => (row.OrgId, row.Submitted)));
    }

    [Fact]
    public async Task may_counts_the_publication_and_the_instruction_and_the_adoption_rate_may_be_undefined_or_whole()
    {
        var scenario = await RunAsync(App);

        var may = await StatsAsync(App, scenario.Auditor, scenario.Day(5, 1), scenario.Day(5, 31));

        // 綦江区: a1 published (10) and a 省部级 instruction (20), nothing submitted; 渝北区: b2 submitted, b1 published.
        Assert.Equal([("qijiang", 0, 0, 0, 1, null, 1, 30, 1), ("yubei", 1, 0, 0, 1, 1.0, 0, 11, 2)], may.Rows.Select(Figures));
    }

    [Fact]
    public async Task a_new_version_of_the_rules_rescores_past_periods_under_current_and_not_under_effective()
    {
        var scenario = await RunAsync(App);
        var set = await App.SendAndWaitAsync("PUT", ScoringUrl, scenario.Chief, 200, new
        {
            effectiveFrom = scenario.Day(5, 1),
            points = new { submitted = 2, accepted = 2, rejected = -1, published = 5 },
            instructionPoints = new Dictionary<string, int> { ["省部级"] = 40 },
        });
        Assert.Equal(2, set.GetProperty("version").GetInt32());

        var aprilEffective = await StatsAsync(App, scenario.Editor, scenario.Day(4, 1), scenario.Day(4, 30), "effective");
        var aprilCurrent = await StatsAsync(App, scenario.Editor, scenario.Day(4, 1), scenario.Day(4, 30), "current");
        var both = await StatsAsync(App, scenario.Editor, scenario.Day(4, 1), scenario.Day(5, 31));

        Assert.Equal([("qijiang", 6), ("yubei", 3)], aprilEffective.Rows.Select(row => (row.OrgId, row.Points)));
        Assert.Equal([1], aprilEffective.Rules.Select(rules => rules.Version));
        Assert.Equal([("qijiang", 3 * 2 + 2 * 2 - 1), ("yubei", 2 + 2)], aprilCurrent.Rows.Select(row => (row.OrgId, row.Points)));
        Assert.Equal([2], aprilCurrent.Rules.Select(rules => rules.Version));
        // April by version 1, May by version 2: 綦江区 6 + (5 + 40), 渝北区 3 + (2 + 5).
        Assert.Equal([("qijiang", 51), ("yubei", 10)], both.Rows.Select(row => (row.OrgId, row.Points)));
        Assert.Equal([1, 2], both.Rules.Select(rules => rules.Version));

        var versions = await App.JsonAsync(ScoringUrl, scenario.Editor);
        Assert.Equal([(scenario.Day(4, 1), "总编辑"), (scenario.Day(5, 1), "总编辑")], versions.GetProperty("versions").EnumerateArray()
            .Select(version => (version.GetProperty("effectiveFrom").GetString(), version.GetProperty("setBy").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task rebuilding_the_counts_from_the_events_gives_the_same_figures()
    {
        var scenario = await RunAsync(App);
        var before = await App.JsonAsync(StatsUrl(scenario.Day(4, 1), scenario.Day(5, 31)), scenario.Editor);
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var spoil = new NpgsqlCommand($"DELETE FROM {AdoptionTables.Daily}; DELETE FROM {AdoptionTables.Monthly}; UPDATE {AdoptionTables.Items} SET accepted = false", connection);
            await spoil.ExecuteNonQueryAsync();
        }

        Assert.NotEqual(before.ToString(), (await App.JsonAsync(StatsUrl(scenario.Day(4, 1), scenario.Day(5, 31)), scenario.Editor)).ToString());

        using var daemon = await App.Host.Services.GetRequiredService<IDocumentStore>().BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<AdoptionProjection>(CancellationToken.None);

        Assert.Equal(before.ToString(), (await App.JsonAsync(StatsUrl(scenario.Day(4, 1), scenario.Day(5, 31)), scenario.Editor)).ToString());
    }

    [Fact]
    public async Task the_csv_has_a_header_and_a_row_per_unit_and_the_circular_is_a_word_file_with_the_ranked_table()
    {
        var scenario = await RunAsync(App);

        var csv = await App.SendAsync("GET", StatsUrl(scenario.Day(4, 1), scenario.Day(4, 30), format: "csv"), scenario.Editor, 200);
        var docx = await App.SendAsync("GET", StatsUrl(scenario.Day(4, 1), scenario.Day(4, 30), format: "docx"), scenario.Chief, 200);

        Assert.Equal(
        [
            GetOrganisationStatisticsEndpoint.CsvHeader,
            "1,qijiang,綦江区,district,3,2,1,0,0,0,6",
            "2,yubei,渝北区,district,1,1,0,0,0,0,3",
        ], (await csv.ReadAsTextAsync()).TrimStart('\uFEFF').TrimEnd().Split("\r\n"));
        Assert.Contains("attachment", csv.Context.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal(Briefing.Kernel.Printing.OfficialDocument.ContentType, docx.Context.Response.ContentType);
        var file = new MemoryStream();
        await docx.Context.Response.Body.CopyToAsync(file);
        file.Position = 0;
        using var word = WordprocessingDocument.Open(file, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(paragraph => paragraph.InnerText).ToList();
        Assert.Equal(SampleBriefing.IssuingUnit, paragraphs[0]);
        Assert.Contains(paragraphs, text => text.StartsWith($"关于{scenario.Year}年4月《", StringComparison.Ordinal) && text.EndsWith("信息报送采用情况的通报", StringComparison.Ordinal));
        Assert.Contains(paragraphs, text => text.StartsWith($"积分办法（第1版，{scenario.Year}年4月1日起施行）：报送每条1分", StringComparison.Ordinal));
        Assert.Equal($"{scenario.Year}年5月2日", paragraphs[^1]);
        var rows = body.Elements<Table>().Single().Elements<TableRow>().Select(row => row.Elements<TableCell>().Select(cell => cell.InnerText).ToList()).ToList();
        Assert.Equal(["排名", "单位", "报送", "采用", "未采用", "刊发", "采用率", "批示", "积分"], rows[0]);
        Assert.Equal(["1", "綦江区", "3", "2", "1", "0", "0.0%", "0", "6"], rows[1]);
        Assert.Equal(["2", "渝北区", "1", "1", "0", "0", "0.0%", "0", "3"], rows[2]);
    }

    [Fact]
    public async Task an_imported_issue_counts_its_items_as_submitted_accepted_and_published_on_its_last_day()
    {
        var editor = await App.TokenForAsync(Briefing.Identity.Contracts.Roles.Editor);
        await App.SeriesAsync();
        var imported = JsonDocument.Parse(await (await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025")).ReadAsTextAsync());
        var items = imported.RootElement.GetProperty("itemIds").GetArrayLength();

        var lastDay = await StatsAsync(App, editor, "2025-04-18", "2025-04-18");
        var daysBefore = await StatsAsync(App, editor, "2025-04-14", "2025-04-17");

        Assert.Equal(SampleBriefing.Items.Count, items);
        Assert.Equal((items, items, items, 1.0), (lastDay.Totals.Submitted, lastDay.Totals.Accepted, lastDay.Totals.Published, lastDay.Totals.AdoptionRate));
        Assert.All(lastDay.Rows, row => Assert.True(row.Submitted >= 1 && row.Submitted == row.Published, row.OrgId));
        Assert.Equal(lastDay.Rows.Select(row => row.OrgId).Order(), daysBefore.Rows.Select(row => row.OrgId).Order());
        Assert.Equal(0, daysBefore.Totals.Submitted + daysBefore.Totals.Published);
    }
}
