using Briefing.Kernel.Printing;
using Briefing.Publication.Rendering;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Rendering;

public sealed class HtmlRendererTests
{
    [Fact]
    public void a_published_issue_prints_as_an_a4_briefing_with_a_red_masthead_the_issuer_and_date_and_the_distribution_between_rules()
    {
        var html = HtmlRenderer.Render(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));

        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", html, StringComparison.Ordinal);
        Assert.Contains(".masthead h1 { margin: 0; color: #d00000;", html, StringComparison.Ordinal);
        Assert.Contains("\"仿宋\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>教育强市区县行产学研<br>促进行动每周工作简报</h1>\n<p class=\"issue-line\">第 41 期（4.14—4.18）</p>\n" +
            "<div class=\"issuer\"><span>教育强市区县行专班</span><span>2025年4月18日</span></div>\n<hr class=\"red-rule\">", html, StringComparison.Ordinal);
        Assert.Contains("<section>\n<h2>【区县动态】</h2>\n<p class=\"item\">◆<strong>綦江区</strong>调研", html, StringComparison.Ordinal);
        Assert.Contains($"<footer class=\"record\">\n<p class=\"distribution\">分送：{SampleBriefing.Distribution}</p>\n<p class=\"mailbox\">投稿邮箱：", html, StringComparison.Ordinal);
        Assert.Contains(".record { margin-top: 28pt; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000;", html, StringComparison.Ordinal);
        Assert.Equal(SampleBriefing.Items.Count, html.Split("<p class=\"item\">◆").Length - 1);
        Assert.DoesNotContain("预览稿", html, StringComparison.Ordinal);
    }

    [Fact]
    public void every_piece_of_text_is_escaped_so_a_script_in_a_body_prints_as_text()
    {
        var document = SampleDocument.OneItem("<b>綦江区</b>", "调研<script>alert('x')</script>&amp;", editorNote: "\"注\"") with
        {
            Title = "<i>简报</i>",
            Distribution = "<a href=x>各区县</a>",
            SubmissionEmail = "a\"onmouseover=\"x@163.com",
        };

        var html = HtmlRenderer.Render(new RenderedIssue(document, null, [SampleDocument.Erratum("<script>更正</script>")]));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=x>", html, StringComparison.Ordinal);
        Assert.Contains("调研&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a&quot;onmouseover=&quot;x@163.com\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;更正&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void a_draft_is_marked_as_a_preview_and_errata_follow_the_sections()
    {
        var draft = HtmlRenderer.Render(new RenderedIssue(SampleDocument.OneItem("綦江区", "调研。"), null, []));
        var corrected = HtmlRenderer.Render(new RenderedIssue(SampleDocument.OneItem("綦江区", "调研。"), SampleDocument.PublishedAt,
            [SampleDocument.Erratum("日期有误。", SampleDocument.ItemId)]));

        Assert.Contains("<p class=\"draft\">预览稿（未发布）</p>", draft, StringComparison.Ordinal);
        Assert.True(corrected.IndexOf("【区县动态】", StringComparison.Ordinal) < corrected.IndexOf("<h2>【更正】</h2>", StringComparison.Ordinal));
        Assert.Contains("◆<strong>2025年4月20日</strong>关于“綦江区”：日期有误。", corrected, StringComparison.Ordinal);
    }

    [Fact]
    public void printed_pages_are_numbered_on_the_outer_edge_and_an_imported_issue_is_dated_by_its_period()
    {
        var importedAt = new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
        var imported = HtmlRenderer.Render(new RenderedIssue(SampleDocument.Issue41, importedAt, [], Imported: true));
        var published = HtmlRenderer.Render(new RenderedIssue(SampleDocument.Issue41, importedAt, []));

        Assert.Contains("@page :right { @bottom-right { content: \"— \" counter(page) \" —\"; text-align: right;", imported, StringComparison.Ordinal);
        Assert.Contains("@page :left { @bottom-left { content: \"— \" counter(page) \" —\"; text-align: left;", imported, StringComparison.Ordinal);
        Assert.Contains("<span>教育强市区县行专班</span><span>2025年4月18日</span>", imported, StringComparison.Ordinal);
        Assert.DoesNotContain("2026年", imported, StringComparison.Ordinal);
        Assert.Contains("<span>2026年12月2日</span>", published, StringComparison.Ordinal);
    }

    [Fact]
    public void a_title_breaks_on_the_masthead_only_at_a_space_between_chinese_characters()
    {
        Assert.Equal(["教育强市区县行产学研", "促进行动每周工作简报"], OfficialDocument.TitleLines(" 教育强市区县行产学研 促进行动每周工作简报 "));
        Assert.Equal(["2025 Weekly 简报"], OfficialDocument.TitleLines("2025 Weekly 简报"));
        Assert.Equal("教育强市区县行产学研促进行动每周工作简报", OfficialDocument.TitleOnOneLine(SampleBriefing.Title));
    }
}
