using Briefing.Submission.DefiningSeries;
using Briefing.Testing;

namespace Briefing.Submission.Tests.DefiningSeries;

[Collection(SharedApp.Collection)]
public sealed class DefineSeriesTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task a_defined_series_reads_back_with_its_sections_in_print_order()
    {
        await WithSeriesAsync();

        var series = await ReadAsync<SeriesResponse>(await SendAsync("GET", $"/api/series/{SeriesId}", App.AdminToken, 200));

        Assert.Equal("教育强市区县行专班", series.IssuingUnit);
        Assert.Equal(["区县动态", "高校动态", "近期工作"], series.Sections.Select(s => s.Title));
        Assert.Equal("jyqsqxxzb@163.com", series.SubmissionEmail);
    }

    [Fact]
    public async Task every_signed_in_person_lists_every_series_with_its_sections()
    {
        await WithSeriesAsync();

        var all = await ReadAsync<List<SeriesResponse>>(await SendAsync("GET", "/api/series", await App.TokenForAsync("contributor"), 200));

        var series = Assert.Single(all);
        Assert.Equal((SeriesId, "教育强市区县行专班"), (series.Id, series.IssuingUnit));
        Assert.Equal(["区县动态", "高校动态", "近期工作"], series.Sections.Select(s => s.Title));
    }

    [Fact]
    public async Task a_duplicate_series_is_a_409_and_an_unknown_one_a_404()
    {
        await WithSeriesAsync();

        await SendAsync("POST", "/api/series", App.AdminToken, 409, new
        {
            id = SeriesId,
            title = "t",
            issuingUnit = "u",
            sections = Given.Sections,
            distribution = "d",
        });
        await SendAsync("GET", "/api/series/no-such-series", App.AdminToken, 404);
    }

    [Fact]
    public async Task sections_must_be_there_with_unique_keys()
    {
        await SendAsync("POST", "/api/series", App.AdminToken, 400, new { id = "s1", title = "t", issuingUnit = "u", sections = Array.Empty<object>(), distribution = "d" });
        await SendAsync("POST", "/api/series", App.AdminToken, 400, new
        {
            id = "s2",
            title = "t",
            issuingUnit = "u",
            distribution = "d",
            sections = new[] { new { key = "a1", title = "甲" }, new { key = "a1", title = "乙" } },
        });
        await SendAsync("GET", "/api/series/s1", App.AdminToken, 404);
        await SendAsync("GET", "/api/series/s2", App.AdminToken, 404);
    }
}
