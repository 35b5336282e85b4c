using Briefing.Publication.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Publication.Rendering;

/// <summary>
/// The issue as a Word document laid out after GB/T 9704: A4, margins top 37 mm, bottom 35 mm,
/// binding (left) 28 mm, right 26 mm; the title in red in a 小标宋 face, the body in 仿宋 at 16 pt
/// (三号) on a 28 pt line, section headings in 黑体, the 分送 block between rules, and the page
/// number centred in the footer as — N —.
/// </summary>
public static class DocxRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The style ids of the document, which tests read back.</summary>
    public static class StyleIds
    {
        public const string Title = "BriefingTitle";
        public const string IssueLine = "BriefingIssueLine";
        public const string Issuer = "BriefingIssuer";
        public const string SectionHeading = "BriefingSectionHeading";
        public const string Body = "BriefingBody";
        public const string Record = "BriefingRecord";
    }

    public const string Red = "D00000";
    public const string BodyFont = "仿宋";
    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string LatinFont = "Times New Roman";

    public static byte[] Render(RenderedIssue issue)
    {
        var document = issue.Document;
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = $"{document.Title} {document.IssueLine}";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();

            var body = new Body();
            if (!issue.IsPublished)
            {
                body.Append(Paragraph(StyleIds.Issuer, Styled(new RunProperties(new Color { Val = Red }), "预览稿（未发布）")));
            }

            body.Append(Paragraph(StyleIds.Title, Plain(document.Title)));
            body.Append(Paragraph(StyleIds.IssueLine, Plain(document.IssueLine)));
            body.Append(Paragraph(StyleIds.Issuer, Plain(document.IssuingUnit),
                new Run(new TabChar()), Plain(issue.PublishedAt is { } publishedAt ? Printing.ChineseDate(publishedAt) : "")));
            foreach (var paragraph in IssueText.Paragraphs(document.EditorNote ?? ""))
            {
                body.Append(Paragraph(StyleIds.Body, Plain(paragraph)));
            }

            foreach (var section in document.PrintedSections)
            {
                body.Append(Paragraph(StyleIds.SectionHeading, Plain($"【{section.Title}】")));
                foreach (var item in section.Items)
                {
                    AppendItem(body, item.Headline, item.Paragraphs);
                }
            }

            if (issue.Errata.Count > 0)
            {
                body.Append(Paragraph(StyleIds.SectionHeading, Styled(new RunProperties(new Color { Val = Red }), "【更正】")));
                foreach (var erratum in issue.Errata)
                {
                    AppendItem(body, Printing.ChineseDate(erratum.IssuedAt), [Printing.ErratumLine(document, erratum)]);
                }
            }

            body.Append(Paragraph(StyleIds.Record, Plain($"分送：{document.Distribution}")));
            if (document.SubmissionEmail is { } email)
            {
                body.Append(Paragraph(StyleIds.Record, Plain($"投稿邮箱：{email}（{document.IssuingUnit}）")));
            }

            body.Append(PageSetup(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static void AppendItem(Body body, string headline, IReadOnlyList<string> paragraphs)
    {
        body.Append(Paragraph(StyleIds.Body, Plain("◆"), Styled(new RunProperties(new Bold()), headline), Plain(paragraphs.Count > 0 ? paragraphs[0] : "")));
        foreach (var paragraph in paragraphs.Skip(1))
        {
            body.Append(Paragraph(StyleIds.Body, Plain(paragraph)));
        }
    }

    private static Paragraph Paragraph(string styleId, params OpenXmlElement[] runs) =>
        new(new OpenXmlElement[] { new ParagraphProperties(new ParagraphStyleId { Val = styleId }) }.Concat(runs));

    private static Run Plain(string text) => new(Words(text));

    private static Run Styled(RunProperties properties, string text) => new(new OpenXmlElement[] { properties }.Concat(Words(text)));

    /// <summary>Text with its line breaks as Word line breaks, spaces kept.</summary>
    private static IEnumerable<OpenXmlElement> Words(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').SelectMany((line, index) => index == 0
            ? new OpenXmlElement[] { new Text(line) { Space = SpaceProcessingModeValues.Preserve } }
            : [new Break(), new Text(line) { Space = SpaceProcessingModeValues.Preserve }]);

    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = Millimetres(210), Height = Millimetres(297) },
        new PageMargin
        {
            Top = (int)Millimetres(37),
            Bottom = (int)Millimetres(35),
            Left = Millimetres(28),
            Right = Millimetres(26),
            Header = Millimetres(15),
            Footer = Millimetres(28),
            Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 560 });

    /// <summary>Millimetres in twentieths of a point, Word's page unit.</summary>
    public static uint Millimetres(double millimetres) => (uint)Math.Round(millimetres / 25.4 * 1440);

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(FooterFont(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(FooterFont(), new Text("1"))) { Instruction = " PAGE " },
        new Run(FooterFont(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static RunProperties FooterFont() => new(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont }, new FontSize { Val = "28" });

    private static DocumentFormat.OpenXml.Wordprocessing.Styles StyleSheet() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        Style(StyleIds.Body, "Briefing body", new StyleParagraphProperties(
                new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.Title, "Briefing title", new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "800", LineRule = LineSpacingRuleValues.AtLeast, After = "240" }, new Justification { Val = JustificationValues.Center }),
            Fonts(TitleFont), new Color { Val = Red }, new FontSize { Val = "52" }),
        Style(StyleIds.IssueLine, "Briefing issue line", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.Issuer, "Briefing issuer and date", new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 16, Space = 4, Color = Red }),
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = (int)(Millimetres(210 - 28 - 26)) }),
                new SpacingBetweenLines { After = "280" }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.SectionHeading, "Briefing section heading", new StyleParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "280" }),
            Fonts(HeadingFont), new FontSize { Val = "32" }),
        Style(StyleIds.Record, "Briefing distribution record", new StyleParagraphProperties(
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 8, Space = 1, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 1, Color = "000000" })),
            Fonts(BodyFont), new FontSize { Val = "28" }));

    private static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont };

    private static Style Style(string id, string name, StyleParagraphProperties paragraph, params OpenXmlElement[] run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), paragraph, new StyleRunProperties(run))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
}
