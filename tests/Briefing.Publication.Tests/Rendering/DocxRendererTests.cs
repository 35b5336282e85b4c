using Briefing.Publication.Rendering;
using Briefing.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Publication.Tests.Rendering;

public sealed class DocxRendererTests
{
    [Fact]
    public void the_sample_issue_reads_back_with_its_text_in_print_order()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var paragraphs = Paragraphs(word).Select(p => p.InnerText).ToList();

        Assert.Equal([SampleBriefing.Title, "第 41 期（4.14—4.18）", "教育强市区县行专班2025年4月18日", "【区县动态】"], paragraphs.Take(4));
        var items = paragraphs.Where(text => text.StartsWith('◆')).ToList();
        Assert.Equal(SampleBriefing.Items.Select(item => "◆" + item.Headline + item.Body.Split("\n\n")[0]), items);
        Assert.Equal(["【区县动态】", "【高校动态】", "【近期工作】"], paragraphs.Where(text => text.StartsWith('【')));
        Assert.Equal([$"分送：{SampleBriefing.Distribution}", $"投稿邮箱：{SampleBriefing.SubmissionEmail}（{SampleBriefing.IssuingUnit}）"], paragraphs.TakeLast(2));
    }

    [Fact]
    public void the_page_is_a4_with_the_gb_t_9704_margins_and_a_page_number_footer()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Contains("PAGE", word.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().Single().Instruction!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void the_title_is_red_the_body_is_fangsong_at_16_points_and_headings_are_heiti()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var paragraphs = Paragraphs(word).ToList();

        Assert.Equal(DocxRenderer.StyleIds.Title, StyleOf(paragraphs[0]));
        Assert.Equal(DocxRenderer.StyleIds.SectionHeading, StyleOf(paragraphs.First(p => p.InnerText == "【高校动态】")));
        Assert.All(paragraphs.Where(p => p.InnerText.StartsWith('◆')), p => Assert.Equal(DocxRenderer.StyleIds.Body, StyleOf(p)));

        var title = RunStyle(word, DocxRenderer.StyleIds.Title);
        Assert.Equal(("D00000", DocxRenderer.TitleFont), (title.Color!.Val!.Value, title.RunFonts!.EastAsia!.Value));
        var body = RunStyle(word, DocxRenderer.StyleIds.Body);
        Assert.Equal(("仿宋", "32"), (body.RunFonts!.EastAsia!.Value, body.FontSize!.Val!.Value));
        Assert.Equal("黑体", RunStyle(word, DocxRenderer.StyleIds.SectionHeading).RunFonts!.EastAsia!.Value);

        var headline = paragraphs.First(p => p.InnerText.StartsWith('◆')).Elements<Run>().ElementAt(1);
        Assert.Equal("綦江区", headline.InnerText);
        Assert.NotNull(headline.RunProperties?.Bold);
    }

    [Fact]
    public void the_document_is_valid_office_open_xml_with_errata_and_a_page_break_artefact()
    {
        var document = SampleDocument.OneItem("綦江区", "开展校\n\n企合作座谈会。", editorNote: "本期导读。");
        using var word = Open(new RenderedIssue(document, null, [SampleDocument.Erratum("日期有误。", SampleDocument.ItemId)]));

        Assert.Empty(new OpenXmlValidator().Validate(word));
        var texts = Paragraphs(word).Select(p => p.InnerText).ToList();
        Assert.Equal(["预览稿（未发布）", "本期导读。", "◆綦江区开展校", "企合作座谈会。", "【更正】", "◆2025年4月20日关于“綦江区”：日期有误。"],
            texts.Where(text => text is "预览稿（未发布）" or "本期导读。" or "【更正】" || text.StartsWith('◆') || text.StartsWith('企')));
    }

    private static WordprocessingDocument Open(RenderedIssue issue) => WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(issue)), false);

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>();

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static StyleRunProperties RunStyle(WordprocessingDocument word, string styleId) =>
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(style => style.StyleId == styleId).StyleRunProperties!;
}
