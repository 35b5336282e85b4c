using Briefing.Kernel.Printing;
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

        Assert.Equal(["教育强市区县行产学研促进行动每周工作简报", "第 41 期（4.14—4.18）", "教育强市区县行专班2025年4月18日", "【区县动态】"], paragraphs.Take(4));
        var items = paragraphs.Where(text => text.StartsWith('◆')).ToList();
        Assert.Equal(SampleBriefing.Items.Select(item => "◆" + item.Headline + item.Body.Split("\n\n")[0]), items);
        Assert.Equal(["【区县动态】", "【高校动态】", "【近期工作】"], paragraphs.Where(text => text.StartsWith('【')));
        Assert.Equal([$"分送：{SampleBriefing.Distribution}", $"投稿邮箱：{SampleBriefing.SubmissionEmail}（{SampleBriefing.IssuingUnit}）"], paragraphs.TakeLast(2));
    }

    [Fact]
    public void the_page_is_a4_with_the_gb_t_9704_margins_and_page_numbers_on_the_outer_edge()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        // Odd pages (the default footer) right, even pages left, each one character (14 pt) in: — N — in 宋体 at 14 pt.
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var footers = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => ((FooterPart)main.GetPartById(r.Id!.Value!)).Footer!);
        Assert.Equal(2, footers.Count);
        var odd = footers[HeaderFooterValues.Default].Descendants<Paragraph>().Single();
        var even = footers[HeaderFooterValues.Even].Descendants<Paragraph>().Single();
        Assert.Equal((JustificationValues.Right, "280"), (odd.ParagraphProperties!.Justification!.Val!.Value, odd.ParagraphProperties.Indentation!.Right!.Value));
        Assert.Equal((JustificationValues.Left, "280"), (even.ParagraphProperties!.Justification!.Val!.Value, even.ParagraphProperties.Indentation!.Left!.Value));
        foreach (var footer in new[] { odd, even })
        {
            Assert.Equal("— 1 —", footer.InnerText);
            Assert.Contains("PAGE", footer.Descendants<SimpleField>().Single().Instruction!.Value, StringComparison.Ordinal);
            Assert.All(footer.Descendants<RunProperties>(), run => Assert.Equal(("宋体", "宋体", "28"), (run.RunFonts!.Ascii!.Value, run.RunFonts.EastAsia!.Value, run.FontSize!.Val!.Value)));
        }
    }

    [Fact]
    public void only_a_section_heading_is_kept_with_the_next_paragraph_and_body_paragraphs_break_across_pages()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(style => style.StyleId!.Value!);

        Assert.Equal([DocxRenderer.StyleIds.SectionHeading], styles.Values.Where(style => style.StyleParagraphProperties?.KeepNext is { Val: null } or { Val.Value: true }).Select(style => style.StyleId!.Value));
        var body = styles[DocxRenderer.StyleIds.Body].StyleParagraphProperties!;
        Assert.Equal((false, false), (body.KeepNext!.Val!.Value, body.KeepLines!.Val!.Value));
        Assert.NotNull(body.WidowControl);
        Assert.DoesNotContain(Paragraphs(word), p => p.ParagraphProperties?.KeepNext is not null || p.ParagraphProperties?.KeepLines is not null);
    }

    [Fact]
    public void the_distribution_and_the_mailbox_share_one_frame_at_the_foot_of_the_page_between_rules()
    {
        using var word = Open(new RenderedIssue(SampleDocument.Issue41, SampleDocument.PublishedAt, []));
        var record = Paragraphs(word).Where(p => StyleOf(p) == DocxRenderer.StyleIds.Record).ToList();

        Assert.Equal(2, record.Count);
        var frame = record[0].ParagraphProperties!.FrameProperties!;
        Assert.Equal((VerticalAnchorValues.Margin, VerticalAlignmentValues.Bottom, TextWrappingValues.NotBeside, OfficialDocument.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (frame.VerticalPosition!.Value, frame.YAlign!.Value, frame.Wrap!.Value, frame.Width!.Value));
        var borders = record[0].ParagraphProperties!.ParagraphBorders!;
        Assert.Equal((BorderValues.Single, BorderValues.Single), (borders.TopBorder!.Val!.Value, borders.BottomBorder!.Val!.Value));
        // Identical properties make one frame and one box (LibreOffice frames them only so).
        Assert.Equal(record[0].ParagraphProperties!.OuterXml, record[1].ParagraphProperties!.OuterXml);
        Assert.Same(record[^1], Paragraphs(word).Last());
    }

    [Fact]
    public void an_imported_issue_is_dated_by_the_last_day_of_its_period_never_by_the_import()
    {
        var importedAt = new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
        using var imported = Open(new RenderedIssue(SampleDocument.Issue41 with { PeriodEnd = new DateOnly(2025, 4, 19) }, importedAt, [], Imported: true));
        using var published = Open(new RenderedIssue(SampleDocument.Issue41, importedAt, []));
        using var draft = Open(new RenderedIssue(SampleDocument.Issue41, null, []));

        Assert.Equal("教育强市区县行专班2025年4月19日", Paragraphs(imported).ElementAt(2).InnerText);
        Assert.Equal("教育强市区县行专班2026年12月2日", Paragraphs(published).ElementAt(2).InnerText);
        Assert.Equal("教育强市区县行专班", Paragraphs(draft).ElementAt(3).InnerText);
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
        Assert.Equal(("D00000", OfficialDocument.TitleFont), (title.Color!.Val!.Value, title.RunFonts!.EastAsia!.Value));
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
