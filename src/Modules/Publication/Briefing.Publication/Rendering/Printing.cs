using System.Globalization;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>Text helpers the renderers share.</summary>
public static class Printing
{
    /// <summary>China has one time zone and no daylight saving: dates print in UTC+8.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>2025年4月18日</summary>
    public static string ChineseDate(DateTimeOffset instant)
    {
        var date = instant.ToOffset(ChinaOffset);
        return string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }

    /// <summary>What an erratum says, naming the item it corrects when there is one.</summary>
    public static string ErratumLine(IssueDocument document, Erratum erratum) =>
        (erratum.ItemId is { } itemId && document.Item(itemId) is { } item ? $"关于“{item.Headline}”：" : "") + erratum.Text;
}
