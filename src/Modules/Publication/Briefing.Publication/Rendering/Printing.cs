using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Kernel;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>Text helpers the renderers share.</summary>
public static partial class Printing
{
    /// <summary>2025年4月18日</summary>
    public static string ChineseDate(DateTimeOffset instant) => ChineseDate(DayInChina(instant));

    /// <summary>2025年4月18日</summary>
    public static string ChineseDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>The calendar day <paramref name="instant"/> falls on in China.</summary>
    public static DateOnly DayInChina(DateTimeOffset instant) => ChinaDays.Of(instant);

    /// <summary>What an erratum says, naming the item it corrects when there is one.</summary>
    public static string ErratumLine(IssueDocument document, Erratum erratum) =>
        (erratum.ItemId is { } itemId && document.Item(itemId) is { } item ? $"关于“{item.Headline}”：" : "") + erratum.Text;

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
