using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Kernel.Printing;

/// <summary>
/// What every Word file the service writes shares, after GB/T 9704-2012 (党政机关公文格式): A4, margins
/// top 37 mm, bottom 35 mm, binding (left) 28 mm, right 26 mm, 22 lines of 28 pt; the faces (小标宋
/// for titles, 仿宋 for text, 黑体 for headings); page numbers — N — in 宋体 at 14 pt (4号) on the
/// outer edge, odd pages right and even pages left (ADR 23). The issue (Publication) and the 通报 of
/// the statistics (Submission) are built from these.
/// </summary>
public static partial class OfficialDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Red = "D00000";
    public const string BodyFont = "仿宋";
    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string PageNumberFont = "宋体";
    public const string LatinFont = "Times New Roman";

    /// <summary>The width of the text block (210 mm less the margins), in twentieths of a point.</summary>
    public static readonly uint TextWidth = Millimetres(210 - 28 - 26);

    /// <summary>One character at 4号 (14 pt), in twentieths of a point.</summary>
    public const int SmallCharacter = 280;

    /// <summary>
    /// A Word file with <paramref name="title"/>, <paramref name="styles"/>, page numbers on the outer
    /// edge and the GB/T 9704 page, its body written by <paramref name="write"/>.
    /// </summary>
    public static byte[] Write(string title, Styles styles, Action<Body> write)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = title;
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            main.AddNewPart<DocumentSettingsPart>().Settings = DocumentSettings();
            var oddPages = main.AddNewPart<FooterPart>();
            oddPages.Footer = PageNumberFooter(JustificationValues.Right);
            var evenPages = main.AddNewPart<FooterPart>();
            evenPages.Footer = PageNumberFooter(JustificationValues.Left);

            var body = new Body();
            write(body);
            body.Append(PageSetup(main.GetIdOfPart(oddPages), main.GetIdOfPart(evenPages)));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Default text: 仿宋 at 16 pt (三号), exactly 28 pt a line, Chinese as the East Asian language.</summary>
    public static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" })));

    public static Paragraph Paragraph(string styleId, params OpenXmlElement[] runs) =>
        new(new OpenXmlElement[] { new ParagraphProperties(new ParagraphStyleId { Val = styleId }) }.Concat(runs));

    public static Run Plain(string text) => new(Words(text));

    public static Run Styled(RunProperties properties, string text) => new(new OpenXmlElement[] { properties }.Concat(Words(text)));

    /// <summary>Text with its line breaks as Word line breaks, spaces kept.</summary>
    public static IEnumerable<OpenXmlElement> Words(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').SelectMany((line, index) => index == 0
            ? new OpenXmlElement[] { new Text(line) { Space = SpaceProcessingModeValues.Preserve } }
            : [new Break(), new Text(line) { Space = SpaceProcessingModeValues.Preserve }]);

    public static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont };

    public static Style Style(string id, string name, StyleParagraphProperties paragraph, params OpenXmlElement[] run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), paragraph, new StyleRunProperties(run))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };

    /// <summary>Millimetres in twentieths of a point, Word's page unit.</summary>
    public static uint Millimetres(double millimetres) => (uint)Math.Round(millimetres / 25.4 * 1440);

    /// <summary>A number of twentieths of a point as Word writes it.</summary>
    public static string Twips(long twips) => twips.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>
    /// The lines of the masthead title: a space between two Chinese characters is where the title
    /// breaks on the masthead (教育强市区县行产学研 促进行动每周工作简报), since Chinese puts no
    /// space between words; any other space stays a space.
    /// </summary>
    public static IReadOnlyList<string> TitleLines(string title) => MastheadBreak().Split(title.Trim());

    /// <summary>The title on one line, as in a file name: its lines run together.</summary>
    public static string TitleOnOneLine(string title) => string.Concat(TitleLines(title));

    [GeneratedRegex(@"(?<=[^\x00-\x7F])\s+(?=[^\x00-\x7F])")]
    private static partial Regex MastheadBreak();
}
