using System.Globalization;
using Briefing.Kernel;
using Briefing.Kernel.Printing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Briefing.Kernel.Printing.OfficialDocument;

namespace Briefing.Submission.Statistics;

/// <summary>
/// The 通报 (circular) of a period's statistics as a Word file on the GB/T 9704 page the issue uses
/// (<see cref="OfficialDocument"/>): the issuing unit in red over a red rule, the title, the units
/// addressed, what is counted and how, the table of units by rank, the rules that scored them, and
/// the issuing unit and date (落款).
/// </summary>
public static class CircularDocument
{
    public static class StyleIds
    {
        public const string Issuer = "CircularIssuer";
        public const string Title = "CircularTitle";
        public const string Body = "CircularBody";
        public const string Addressee = "CircularAddressee";
        public const string TableText = "CircularTableText";
        public const string TableHeading = "CircularTableHeading";
        public const string Signature = "CircularSignature";
    }

    public static readonly IReadOnlyList<(string Heading, int Width)> Columns =
    [
        ("排名", 700), ("单位", 2250), ("报送", 750), ("采用", 750), ("未采用", 850), ("刊发", 750), ("采用率", 1150), ("批示", 750), ("积分", 894),
    ];

    public static byte[] Render(OrganisationStatistics statistics, string seriesTitle, string issuingUnit, DateOnly issuedOn)
    {
        var period = PeriodWords(statistics.From, statistics.To);
        var title = $"关于{period}《{TitleOnOneLine(seriesTitle)}》信息报送采用情况的通报";
        return Write(title, StyleSheet(), body =>
        {
            body.Append(Paragraph(StyleIds.Issuer, Plain(issuingUnit)));
            body.Append(Paragraph(StyleIds.Title, Plain(title)));
            body.Append(Paragraph(StyleIds.Addressee, Plain("各有关单位：")));
            body.Append(Paragraph(StyleIds.Body, Plain(
                $"现将{period}（{ChinaTime.ChineseDate(statistics.From)}至{ChinaTime.ChineseDate(statistics.To)}）各单位向《{TitleOnOneLine(seriesTitle)}》报送、采用信息情况通报如下。"
                + "报送、采用、未采用按报送之日计（撤回的稿件不计），刊发按刊发之日计，批示按批示之日计，均为北京时间；"
                + (statistics.Mode == RulesMode.Effective ? "积分按各条信息计数之日施行的积分办法计算。" : "积分均按现行积分办法计算。"))));
            body.Append(Table(statistics.Rows));
            foreach (var rules in statistics.Rules)
            {
                body.Append(Paragraph(StyleIds.Body, Plain(RulesLine(rules))));
            }

            if (statistics.Rules.Count == 0)
            {
                body.Append(Paragraph(StyleIds.Body, Plain("本期间无施行的积分办法，积分均为0。")));
            }

            body.Append(Paragraph(StyleIds.Body));
            body.Append(Paragraph(StyleIds.Signature, Plain(issuingUnit)));
            body.Append(Paragraph(StyleIds.Signature, Plain(ChinaTime.ChineseDate(issuedOn))));
        });
    }

    /// <summary>2025年4月, 2025年第二季度, 2025年, or 2025年4月3日至5月20日.</summary>
    public static string PeriodWords(DateOnly from, DateOnly to)
    {
        var inv = CultureInfo.InvariantCulture;
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1))
        {
            return string.Create(inv, $"{from.Year}年{from.Month}月");
        }

        if (from.Day == 1 && from.Month % 3 == 1 && to == from.AddMonths(3).AddDays(-1))
        {
            return string.Create(inv, $"{from.Year}年第{"一二三四"[(from.Month - 1) / 3]}季度");
        }

        if (from is { Day: 1, Month: 1 } && to == from.AddYears(1).AddDays(-1))
        {
            return string.Create(inv, $"{from.Year}年");
        }

        return $"{ChinaTime.ChineseDate(from)}至{(to.Year == from.Year ? string.Create(inv, $"{to.Month}月{to.Day}日") : ChinaTime.ChineseDate(to))}";
    }

    /// <summary>积分办法（第2版，2025年4月1日起施行）：报送每条1分，……</summary>
    public static string RulesLine(ScoringRulesUsed rules)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            string.Create(inv, $"报送每条{rules.Points.Submitted}分"), string.Create(inv, $"采用每条{rules.Points.Accepted}分"),
            string.Create(inv, $"未采用每条{rules.Points.Rejected}分"), string.Create(inv, $"刊发每条{rules.Points.Published}分"),
        };
        parts.AddRange(rules.InstructionPoints.Select(level => string.Create(inv, $"{level.Key}领导批示每次{level.Value}分")));
        return string.Create(inv, $"积分办法（第{rules.Version}版，{ChinaTime.ChineseDate(rules.EffectiveFrom)}起施行）：{string.Join("，", parts)}。");
    }

    private static Table Table(IReadOnlyList<StatisticsRow> rows)
    {
        var border = () => new OpenXmlElement[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(border()),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Columns.Select(column => new GridColumn { Width = Twips(column.Width) })));
        table.Append(Row(StyleIds.TableHeading, Columns.Select(column => column.Heading), header: true));
        foreach (var row in rows)
        {
            table.Append(Row(StyleIds.TableText,
            [
                Number(row.Rank), row.Name, Number(row.Submitted), Number(row.Accepted), Number(row.Rejected), Number(row.Published),
                row.AdoptionRate is { } rate ? (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—", Number(row.Instructions), Number(row.Points),
            ], header: false));
        }

        return table;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TableRow Row(string styleId, IEnumerable<string> cells, bool header)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), header ? new TableHeader() : new TableHeader { Val = OnOffOnlyValues.Off }));
        foreach (var (text, index) in cells.Select((text, index) => (text, index)))
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Twips(Columns[index].Width), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Paragraph(styleId, Plain(text))));
        }

        return row;
    }

    private static Styles StyleSheet() => new(
        Defaults(),
        Style(StyleIds.Issuer, "Circular issuing unit", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 16, Space = 8, Color = Red }),
                new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.AtLeast, After = "480" }, new Justification { Val = JustificationValues.Center }),
            Fonts(TitleFont), new Color { Val = Red }, new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" }),
        // 2号 小标宋, centred, a line before the text.
        Style(StyleIds.Title, "Circular title", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "640", LineRule = LineSpacingRuleValues.AtLeast, After = "560" }, new Justification { Val = JustificationValues.Center }),
            Fonts(TitleFont), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" }),
        Style(StyleIds.Addressee, "Circular addressee", new StyleParagraphProperties(new Justification { Val = JustificationValues.Left }),
            Fonts(BodyFont), new FontSize { Val = "32" }),
        Style(StyleIds.Body, "Circular body", new StyleParagraphProperties(
                new WidowControl(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both }),
            Fonts(BodyFont), new Spacing { Val = -5 }, new FontSize { Val = "32" }),
        // The table in 4号 (14 pt), its heading row in 黑体.
        Style(StyleIds.TableText, "Circular table text", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }),
            Fonts(BodyFont), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }),
        Style(StyleIds.TableHeading, "Circular table heading", new StyleParagraphProperties(
                new SnapToGrid { Val = false }, new KeepNext(),
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }),
            Fonts(HeadingFont), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }),
        // 落款: right, four characters in from the edge, a line above the first.
        Style(StyleIds.Signature, "Circular signature", new StyleParagraphProperties(
                new KeepNext(), new Indentation { Right = "1280" }, new Justification { Val = JustificationValues.Right }),
            Fonts(BodyFont), new FontSize { Val = "32" }));
}
