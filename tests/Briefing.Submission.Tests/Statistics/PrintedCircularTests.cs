using Briefing.Submission.Scoring;
using Briefing.Submission.Statistics;
using Briefing.Testing;

namespace Briefing.Submission.Tests.Statistics;

/// <summary>The 通报 of a month of 40 units as LibreOffice prints it (GB/T 9704 page, as the Word file).</summary>
public sealed class PrintedCircularTests
{
    [Fact]
    public async Task the_circular_prints_its_title_every_unit_in_rank_order_and_ends_with_the_issuer_and_date()
    {
        var rules = new ScoringRulesUsed(2, new DateOnly(2025, 4, 1), new ScoringPoints(1, 2, -1, 10), new Dictionary<string, int> { ["省部级"] = 20 });
        var rows = Enumerable.Range(1, 40).Select(i => new StatisticsRow($"unit-{i:00}", $"重庆第{i}区县", "district", 40 - i, 30 - i / 2, 2, 20 - i / 3,
            AdoptionFigures.AdoptionRate(20 - i / 3, 40 - i), i % 7 == 0 ? 1 : 0, 500 - i * 10, i)).ToList();
        var statistics = new OrganisationStatistics("jiaoyu", new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), RulesMode.Effective, [rules], rows,
            new StatisticsTotals(0, 0, 0, 0, null, 0, 0), []);
        var directory = Path.Combine(Repository.PathOf("tests", "Briefing.Submission.Tests"), "TestResults");
        Directory.CreateDirectory(directory);
        var docx = Path.Combine(directory, "circular-2025-04.docx");
        await File.WriteAllBytesAsync(docx, CircularDocument.Render(statistics, SampleBriefing.Title, SampleBriefing.IssuingUnit, new DateOnly(2025, 5, 6)));

        var printed = await PrintedPdf.OfWordFileAsync(docx);

        var text = string.Concat(printed.Pages.Select(page => page.Text));
        Assert.InRange(printed.PageCount, 2, 3);
        Assert.Contains($"关于2025年4月《{SampleBriefing.WithoutWhitespace(SampleBriefing.Title)}》信息报送采用情况的通报", text, StringComparison.Ordinal);
        var positions = rows.Select(row => text.IndexOf(row.Name + "district", StringComparison.Ordinal) is var at and >= 0 ? at : text.IndexOf(row.Name, StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.EndsWith($"{SampleBriefing.IssuingUnit}2025年5月6日", printed.Pages[^1].Text.Split("—")[0], StringComparison.Ordinal);
        Assert.Contains("积分办法（第2版，2025年4月1日起施行）：报送每条1分", text, StringComparison.Ordinal);
    }
}
