using Briefing.Publication.Contracts;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Briefing.Kernel;
using Briefing.Kernel.Printing;
using static Briefing.Kernel.Printing.OfficialDocument;

namespace Briefing.Publication.Rendering;

/// <summary>
/// The issue as a Word document on the GB/T 9704-2012 page of <see cref="OfficialDocument"/>: the 版头
/// (the title in red in a 小标宋 face, the issue line, the issuing unit and date over a red rule), the
/// body in 仿宋 at 16 pt (三号), section headings in 黑体, each kept with its first item and every
/// other paragraph free to break across pages; the 版记 (分送, 投稿邮箱) between rules at the foot of
/// the last page, in a frame anchored to the bottom margin (ADR 23).
/// </summary>
public static class DocxRenderer
{
    public const string ContentType = OfficialDocument.ContentType;

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

    public static byte[] Render(RenderedIssue issue)
    {
        var document = issue.Document;
        return OfficialDocument.Write($"{document.Title} {document.IssueLine}", StyleSheet(), body =>
        {
            if (!issue.IsPublished)
            {
                body.Append(Paragraph(StyleIds.Issuer, Styled(new RunProperties(new Color { Val = Red }), "预览稿（未发布）")));
            }

            body.Append(Paragraph(StyleIds.Title, TitleLines(document.Title)
                .SelectMany((line, index) => index == 0 ? [Plain(line)] : new OpenXmlElement[] { new Run(new Break()), Plain(line) }).ToArray()));
            body.Append(Paragraph(StyleIds.IssueLine, Plain(document.IssueLine)));
            body.Append(Paragraph(StyleIds.Issuer, Plain(document.IssuingUnit),
                new Run(new TabChar()), Plain(issue.Date is { } date ? ChinaTime.ChineseDate(date) : "")));
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
                    AppendItem(body, ChinaTime.ChineseDate(erratum.IssuedAt), [Printing.ErratumLine(document, erratum)]);
                }
            }

            body.Append(RecordParagraph($"分送：{document.Distribution}"));
            if (document.SubmissionEmail is { } email)
            {
                body.Append(RecordParagraph($"投稿邮箱：{email}（{document.IssuingUnit}）"));
            }
        });
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

    private static DocumentFormat.OpenXml.Wordprocessing.Styles StyleSheet() => new(
        OfficialDocument.Defaults(),
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
}
