using Briefing.Kernel;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Rendering;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication.Tests.Rendering;

/// <summary>The renders of the imported 第 41 期 as the API serves them.</summary>
[Collection(SharedApp.Collection)]
public sealed class RenderingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task the_word_file_is_named_after_the_series_title_and_number_with_an_ascii_name_for_old_clients()
    {
        var editor = await ImportedAsync();

        var result = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=docx", editor, 200);

        const string name = "教育强市区县行产学研促进行动每周工作简报第41期.docx";
        var disposition = result.Context.Response.Headers.ContentDisposition.ToString();
        Assert.Equal($"attachment; filename=\"{Given.SeriesId}-041.docx\"; filename*=UTF-8''{Uri.EscapeDataString(name)}", disposition);
        Assert.Equal(name, Uri.UnescapeDataString(disposition[(disposition.IndexOf("UTF-8''", StringComparison.Ordinal) + 7)..]));
        Assert.Equal(DocxRenderer.ContentType, result.Context.Response.ContentType);
    }

    [Fact]
    public async Task markdown_and_html_are_shown_inline_unless_asked_for_as_a_download_under_the_same_name()
    {
        var editor = await ImportedAsync();

        foreach (var format in new[] { "md", "html" })
        {
            var inline = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format={format}", editor, 200);
            var download = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format={format}&download=true", editor, 200);

            Assert.Equal(0, inline.Context.Response.Headers.ContentDisposition.Count);
            Assert.Equal($"attachment; filename=\"{Given.SeriesId}-041.{format}\"; filename*=UTF-8''{Uri.EscapeDataString($"教育强市区县行产学研促进行动每周工作简报第41期.{format}")}",
                download.Context.Response.Headers.ContentDisposition.ToString());
            Assert.Equal(await inline.ReadAsTextAsync(), await download.ReadAsTextAsync());
        }
    }

    [Fact]
    public void a_title_with_characters_a_file_name_cannot_hold_loses_them()
    {
        var disposition = RenderIssueEndpoint.FileDisposition("jyqs", 7, "简报：\"周刊\"/<2025>", "docx");

        Assert.EndsWith($"filename*=UTF-8''{Uri.EscapeDataString("简报：周刊2025第7期.docx")}", disposition, StringComparison.Ordinal);
        Assert.StartsWith("attachment; filename=\"jyqs-007.docx\"", disposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_html_render_loads_nothing_and_may_be_framed_only_by_its_own_origin()
    {
        var editor = await ImportedAsync();

        var html = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=html", editor, 200);
        var markdown = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", editor, 200);

        var policy = html.Context.Response.Headers.ContentSecurityPolicy.ToString();
        Assert.Equal(HtmlRenderer.ContentSecurityPolicy, policy);
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline';", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", await html.ReadAsTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, markdown.Context.Response.Headers.ContentSecurityPolicy.Count);
    }

    [Fact]
    public async Task an_imported_issue_is_dated_by_the_last_day_of_its_period_never_by_the_day_of_the_import()
    {
        var editor = await ImportedAsync();

        var html = await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=html", editor, 200)).ReadAsTextAsync();

        Assert.Contains("<span>教育强市区县行专班</span><span>2025年4月18日</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ChinaTime.ChineseDate(App.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow()), html, StringComparison.Ordinal);
    }

    private async Task<string> ImportedAsync()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        return editor;
    }
}
