using Briefing.Publication.Importing;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Importing;

public sealed class BriefingParserTests
{
    [Fact]
    public void the_sample_reads_as_issue_41_with_its_sections_items_artefacts_and_footer()
    {
        var (briefing, error) = BriefingParser.Parse(SampleBriefing.Markdown);

        Assert.Null(error);
        Assert.Equal((SampleBriefing.Title, 41, (4, 14), (4, 18)), (briefing!.Title, briefing.Number, briefing.From, briefing.To));
        Assert.Equal(["区县动态", "高校动态", "近期工作"], briefing.Sections.Select(s => s.Title));
        Assert.Equal(SampleBriefing.Items.Select(i => (i.SectionTitle, i.Headline, i.Body)),
            briefing.Sections.SelectMany(s => s.Items.Select(i => (s.Title, i.Headline, i.Body))));
        Assert.Equal((SampleBriefing.Distribution, SampleBriefing.SubmissionEmail, SampleBriefing.IssuingUnit),
            (briefing.Distribution, briefing.SubmissionEmail, briefing.IssuingUnit));
        Assert.Null(briefing.EditorNote);
    }

    [Fact]
    public void another_layout_with_an_editors_note_other_sections_a_one_item_section_and_an_artefact_reads_too()
    {
        const string markdown = """
            # 某区教育工作简报

            第 7 期（12.29—1.2）

            编者按：本期聚焦校企合作。

            第二段按语。

            ## 【工作动态】

            ◆**某某中学**开展校

            企合作。

            ◆**某某小学**举行活动。

            ## 【基层声音】

            ◆**家长代表**谈双减。

            ---

            分送：区委、区政府
            """;

        var (briefing, error) = BriefingParser.Parse(markdown);

        Assert.Null(error);
        Assert.Equal((7, (12, 29), (1, 2)), (briefing!.Number, briefing.From, briefing.To));
        Assert.Equal("编者按：本期聚焦校企合作。\n\n第二段按语。", briefing.EditorNote);
        Assert.Equal([("工作动态", "某某中学", "开展校\n\n企合作。"), ("工作动态", "某某小学", "举行活动。"), ("基层声音", "家长代表", "谈双减。")],
            briefing.Sections.SelectMany(s => s.Items.Select(i => (s.Title, i.Headline, i.Body))));
        Assert.Equal(("区委、区政府", (string?)null), (briefing.Distribution, briefing.SubmissionEmail));
    }

    [Theory]
    [InlineData("# 简报\n\n## 【动态】\n\n◆**甲**乙。\n", 3, "issue number")]
    [InlineData("# 简报\n\n第 1 期（1.1—1.5）\n\n本期无栏目。\n", 3, "no sections")]
    [InlineData("# 简报\n\n第 1 期（1.1—1.5）\n\n◆**甲**在栏目之外。\n\n## 【动态】\n\n◆**乙**丙。\n", 5, "outside")]
    [InlineData("# 简报\n\n第 1 期（1.1—1.5）\n\n## 【动态】\n\n## 【空栏目】\n\n◆**乙**丙。\n", 5, "no items")]
    public void a_document_that_is_not_a_briefing_is_refused_naming_the_line(string markdown, int line, string reason)
    {
        var (briefing, error) = BriefingParser.Parse(markdown);

        Assert.Null(briefing);
        Assert.Equal(line, error!.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void items_without_blank_lines_between_them_a_rule_right_under_text_and_an_indented_artefact_read_as_meant()
    {
        var (briefing, error) = BriefingParser.Parse("# 简报\n第 1 期（1.1—1.5）\n\n## 【动态】\n\n◆**甲**一。\n◆ **乙** 二开展校\n\n    企合作。\n\n- 列表也属于上一条\n\n分送：各区县\n---\n\n投稿邮箱：[a@b.cn](mailto:a@b.cn)（专班）\n");

        Assert.Null(error);
        Assert.Equal([("甲", "一。"), ("乙", "二开展校\n\n企合作。\n\n- 列表也属于上一条")], briefing!.Sections[0].Items.Select(i => (i.Headline, i.Body)));
        Assert.Equal(("各区县", "a@b.cn", "专班"), (briefing.Distribution, briefing.SubmissionEmail, briefing.IssuingUnit));
    }

    [Theory]
    [InlineData("# 简报\n\n第 0 期（1.1—1.5）\n\n## 【动态】\n\n◆**甲**乙。\n", 3, "start at 1")]
    [InlineData("# 简报\n\n第 1 期（1.1—1.5）\n\n## 【动态】\n\n◆甲乙。\n", 7, "◆**headline**body")]
    [InlineData("# 简报\n\n第 1 期（1.1—1.5）\n\n## 【动态】\n\n◆**甲**乙。\n\n---\n\n◆**丙**丁。\n", 11, "after the closing rule")]
    [InlineData("# 简报\n\n第４１期（1.1—1.5）\n\n## 【动态】\n\n◆**甲**乙。\n", 3, "not part of a briefing")]
    public void other_malformed_documents_are_refused_naming_the_line(string markdown, int line, string reason)
    {
        var (briefing, error) = BriefingParser.Parse(markdown);

        Assert.Null(briefing);
        Assert.Equal(line, error!.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void what_the_renderer_escapes_reads_back_as_written()
    {
        var (briefing, _) = BriefingParser.Parse("# 简报\n\n第 1 期（1.1—1.5）\n\n## 【动态】\n\n◆**A\\*B**正文\\<b\\>\\[1\\]。\n");

        Assert.Equal(("A*B", "正文<b>[1]。"), (briefing!.Sections[0].Items[0].Headline, briefing.Sections[0].Items[0].Body));
    }
}
