using Briefing.Publication.Contracts;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Publication.Rendering;

/// <summary>
/// The issue as a Word document laid out after GB/T 9704-2012: A4, margins top 37 mm, bottom 35 mm,
/// binding (left) 28 mm, right 26 mm, 22 lines of 28 pt; the 版头 (the title in red in a 小标宋 face,
/// the issue line, the issuing unit and date over a red rule), the body in 仿宋 at 16 pt (三号),
/// section headings in 黑体, each kept with its first item and every other paragraph free to break
/// across pages; the 版记 (分送, 投稿邮箱) between rules at the foot of the last page, in a frame
/// anchored to the bottom margin (ADR 23); page numbers — N — in 宋体 at 14 pt (4号) on the outer
/// edge, odd pages right and even pages left.
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
    public const string PageNumberFont = "宋体";
    public const string LatinFont = "Times New Roman";

    /// <summary>The width of the text block (210 mm less the margins), in twentieths of a point.</summary>
    public static readonly uint TextWidth = Millimetres(210 - 28 - 26);

    /// <summary>One character of the 版记 and of the page number (4号, 14 pt), in twentieths of a point.</summary>
    private const int SmallCharacter = 280;

    public static byte[] Render(RenderedIssue issue)
    {
        var document = issue.Document;
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = $"{document.Title} {document.IssueLine}";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet();
            main.AddNewPart<DocumentSettingsPart>().Settings = DocumentSettings();
            var oddPages = main.AddNewPart<FooterPart>();
            oddPages.Footer = PageNumberFooter(JustificationValues.Right);
            var evenPages = main.AddNewPart<FooterPart>();
            evenPages.Footer = PageNumberFooter(JustificationValues.Left);

            var body = new Body();
            if (!issue.IsPublished)
            {
                body.Append(Paragraph(StyleIds.Issuer, Styled(new RunProperties(new Color { Val = Red }), "预览稿（未发布）")));
            }

            body.Append(Paragraph(StyleIds.Title, Printing.TitleLines(document.Title)
                .SelectMany((line, index) => index == 0 ? [Plain(line)] : new OpenXmlElement[] { new Run(new Break()), Plain(line) }).ToArray()));
            body.Append(Paragraph(StyleIds.IssueLine, Plain(document.IssueLine)));
            body.Append(Paragraph(StyleIds.Issuer, Plain(document.IssuingUnit),
                new Run(new TabChar()), Plain(issue.Date is { } date ? Printing.ChineseDate(date) : "")));
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

            body.Append(RecordParagraph($"分送：{document.Distribution}"));
            if (document.SubmissionEmail is { } email)
            {
                body.Append(RecordParagraph($"投稿邮箱：{email}（{document.IssuingUnit}）"));
            }

            body.Append(PageSetup(main.GetIdOfPart(oddPages), main.GetIdOfPart(evenPages)));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A line of the 版记: in a frame as wide as the text block at the foot of the bottom margin, text
    /// above it and none beside. Consecutive paragraphs with the same frame share it, and the same
    /// borders make one box: a 0.35-mm rule (GB/T 9704's thick one) above the first line and under
    /// the last. (LibreOffice frames the lines only while their properties are identical, so there
    /// is no thin rule between them: a between border, or a border on one line only, leaves the
    /// 版记 unframed in the text.)
    /// </summary>
    private static Paragraph RecordParagraph(string text) => new(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Record },
            new FrameProperties
            {
                Width = TextWidth.ToString(CultureInfo.InvariantCulture),
                Wrap = TextWrappingValues.NotBeside,
                HorizontalPosition = HorizontalAnchorValues.Margin,
                VerticalPosition = VerticalAnchorValues.Margin,
                XAlign = HorizontalAlignmentValues.Center,
                YAlign = VerticalAlignmentValues.Bottom,
            },
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8, Space = 1, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 1, Color = "000000" })),
        Plain(text));

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

    private static SectionProperties PageSetup(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = Millimetres(210), Height = Millimetres(297) },
        new PageMargin
        {
            Top = (int)Millimetres(37),
            Bottom = (int)Millimetres(35),
            Left = Millimetres(28),
            Right = Millimetres(26),
            Header = Millimetres(15),
            Footer = Millimetres(21), // the footer's 20-pt line then starts 28 mm above the page's foot: 7 mm below the text block
            Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 560 });

    /// <summary>Millimetres in twentieths of a point, Word's page unit.</summary>
    public static uint Millimetres(double millimetres) => (uint)Math.Round(millimetres / 25.4 * 1440);

    /// <summary>Different footers on odd and even pages (the section's default footer is the odd pages'); Word 2013+ layout.</summary>
    private static Settings DocumentSettings() => new(
        new EvenAndOddHeaders(),
        new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));

    /// <summary>— N — one character in from the outer edge: GB/T 9704's 单页码居右空一字，双页码居左空一字.</summary>
    private static Footer PageNumberFooter(JustificationValues side) => new(new Paragraph(
        new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            side == JustificationValues.Right ? new Indentation { Right = $"{SmallCharacter}" } : new Indentation { Left = $"{SmallCharacter}" },
            new Justification { Val = side }),
        new Run(PageNumberRun(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(PageNumberRun(), new Text("1"))) { Instruction = " PAGE " },
        new Run(PageNumberRun(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>宋体 at 14 pt for the digits and the dashes alike (the dash as the full-width 一字线 of the East Asian face).</summary>
    private static RunProperties PageNumberRun() => new(
        new RunFonts { Ascii = PageNumberFont, HighAnsi = PageNumberFont, EastAsia = PageNumberFont, Hint = FontTypeHintValues.EastAsia },
        new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" });

    private static DocumentFormat.OpenXml.Wordprocessing.Styles StyleSheet() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        Style(StyleIds.Body, "Briefing body", new StyleParagraphProperties(
                new KeepNext { Val = false }, new KeepLines { Val = false }, new WidowControl(),
                new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both }),
            // 28 characters a line, as GB/T 9704 asks: 16-pt characters 0.25 pt closer fit 28 in the 156-mm
            // line. (Word's character grid, docGrid linesAndChars, would do the same; LibreOffice reads it otherwise.)
            Fonts(BodyFont), new Spacing { Val = -5 }, new FontSize { Val = "32" }),
        Style(StyleIds.Title, "Briefing title", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.AtLeast, After = "120" }, new Justification { Val = JustificationValues.Center }),
            Fonts(TitleFont), new Color { Val = Red }, new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" }),
        Style(StyleIds.IssueLine, "Briefing issue line", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.Issuer, "Briefing issuer and date", new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 16, Space = 4, Color = Red }),
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = (int)TextWidth }),
                new SpacingBetweenLines { After = "200" }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.SectionHeading, "Briefing section heading", new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200" }),
            Fonts(HeadingFont), new FontSize { Val = "32" }),
        // 4号 仿宋, one character in on both sides; a wrapped 分送 line aligns under the text after its colon.
        Style(StyleIds.Record, "Briefing distribution record", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "440", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = $"{4 * SmallCharacter}", Right = $"{SmallCharacter}", Hanging = $"{3 * SmallCharacter}" },
                new Justification { Val = JustificationValues.Left }),
            Fonts(BodyFont), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }));

    private static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont };

    private static Style Style(string id, string name, StyleParagraphProperties paragraph, params OpenXmlElement[] run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), paragraph, new StyleRunProperties(run))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
}
