using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void the_sample_issue_renders_to_the_sample_in_canonical_form()
    {
        var markdown = MarkdownRenderer.Render(SampleDocument.Issue41);

        Assert.Equal(SampleBriefing.WithoutWhitespace(SampleBriefing.Markdown), SampleBriefing.WithoutWhitespace(markdown));
        Assert.Equal(CanonicalMarkdown.Of(SampleBriefing.Markdown), markdown);
        Assert.StartsWith($"# {SampleBriefing.Title}\n\n第 41 期（4.14—4.18）\n\n## 【区县动态】\n\n◆**綦江区**调研重庆移通学院。", markdown, StringComparison.Ordinal);
        Assert.EndsWith($"---\n\n投稿邮箱：[jyqsqxxzb@163.com](mailto:jyqsqxxzb@163.com)（教育强市区县行专班）\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void empty_sections_are_left_out_and_the_editors_note_comes_before_the_first_section()
    {
        var markdown = MarkdownRenderer.Render(SampleDocument.OneItem("綦江区", "调研。", editorNote: "本期导读。\n\n第二段。"));

        Assert.Contains("第 41 期（4.14—4.18）\n\n本期导读。\n\n第二段。\n\n## 【区县动态】\n\n◆**綦江区**调研。\n\n---", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("高校动态", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void text_that_markdown_would_read_as_markup_is_escaped_and_cjk_punctuation_is_not()
    {
        var markdown = MarkdownRenderer.Render(SampleDocument.OneItem(" A*B_C \n", "# 不是标题，<b>也不是</b>[链接]&amp;~~。\n- 不是列表\n\n    2025. 不是代码也不是列表"));

        Assert.Contains("◆**A\\*B\\_C**\\# 不是标题，\\<b\\>也不是\\</b\\>\\[链接\\]\\&amp;\\~\\~。\n\\- 不是列表\n\n2025\\. 不是代码也不是列表\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void a_page_break_artefact_stays_a_paragraph_of_its_item()
    {
        var markdown = MarkdownRenderer.Render(SampleDocument.OneItem("重庆科技大学", "与重庆新华书店开展校\n\n企合作座谈会。"));

        Assert.Contains("◆**重庆科技大学**与重庆新华书店开展校\n\n企合作座谈会。\n\n---", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void the_canonical_form_has_lf_line_ends_single_blank_lines_no_trailing_spaces_and_one_final_line_end()
    {
        var canonical = CanonicalMarkdown.Of("\r\n\r\n# 标题  \r\n\r\n\r\n\r\n第 1 期\t\r\n");

        Assert.Equal("# 标题\n\n第 1 期\n", canonical);
        Assert.Equal(canonical, CanonicalMarkdown.Of(canonical));
    }

    [Fact]
    public void errata_follow_the_published_text_as_a_correction_notice_naming_the_item()
    {
        var document = SampleDocument.OneItem("綦江区", "调研。");
        var published = MarkdownRenderer.Render(document);

        var withErrata = MarkdownErrata.Append(published, document, [SampleDocument.Erratum("“李钱松”应为“李前松”。", SampleDocument.ItemId)]);

        Assert.StartsWith(published + "\n---\n\n## 【更正】", withErrata, StringComparison.Ordinal);
        Assert.EndsWith("## 【更正】\n\n◆**2025年4月20日**关于“綦江区”：“李钱松”应为“李前松”。\n", withErrata, StringComparison.Ordinal);
        Assert.Equal(published, MarkdownErrata.Append(published, document, []));
    }

    [Fact]
    public void a_series_without_a_mailbox_prints_only_the_distribution_in_the_footer()
    {
        var markdown = MarkdownRenderer.Render(SampleDocument.OneItem("綦江区", "调研。") with { SubmissionEmail = null });

        Assert.EndsWith($"---\n\n分送：{SampleBriefing.Distribution}\n", markdown, StringComparison.Ordinal);
    }
}
