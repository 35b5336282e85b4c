using System.Text.RegularExpressions;

namespace Briefing.Testing;

/// <summary>
/// The items of the real 第 41 期 in docs/samples: ◆**headline**body, where a paragraph that is not
/// an item, heading or rule continues the item before it (its page-break artefacts, kept as they are).
/// </summary>
public static partial class SampleBriefing
{
    public sealed record Item(string SectionTitle, string Headline, string Body);

    public static IReadOnlyList<Item> Items { get; } = Parse(File.ReadAllText(Repository.PathOf("docs", "samples", "briefing-041.md")));

    private static List<Item> Parse(string markdown)
    {
        var items = new List<Item>();
        string? section = null;
        foreach (var paragraph in markdown.Split("\n\n"))
        {
            var text = paragraph.Trim('\n');
            if (SectionHeading().Match(text) is { Success: true } heading)
            {
                section = heading.Groups[1].Value;
            }
            else if (ItemLine().Match(text) is { Success: true } item)
            {
                items.Add(new Item(section!, item.Groups[1].Value, item.Groups[2].Value));
            }
            else if (text == "---")
            {
                section = null;
            }
            else if (section is not null && items.Count > 0 && text.Length > 0)
            {
                items[^1] = items[^1] with { Body = items[^1].Body + "\n\n" + text };
            }
        }

        return items;
    }

    [GeneratedRegex("^## 【(.+)】$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^◆\*\*(.+?)\*\*(.*)$", RegexOptions.Singleline)]
    private static partial Regex ItemLine();
}
