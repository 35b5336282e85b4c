using System.Text.RegularExpressions;

namespace Briefing.Testing;

/// <summary>
/// The items of the real 第 41 期 in docs/samples: ◆**headline**body, where a paragraph that is not
/// an item, heading or rule continues the item before it (its page-break artefacts, kept as they are).
/// </summary>
public static partial class SampleBriefing
{
    public sealed record Item(string SectionTitle, string Headline, string Body);

    /// <summary>The sample exactly as it is in the repository.</summary>
    public static string Markdown { get; } = File.ReadAllText(Repository.PathOf("docs", "samples", "briefing-041.md"));

    public static IReadOnlyList<Item> Items { get; } = Parse(Markdown);

    public static string Title { get; } = Line("^# (.+)$");

    /// <summary>The 分送 text without its label.</summary>
    public static string Distribution { get; } = Line("^分送：(.+)$");

    public static string SubmissionEmail { get; } = Line(@"^投稿邮箱：\[(.+?)\]");

    public static string IssuingUnit { get; } = Line(@"^投稿邮箱：.*（(.+)）$");

    /// <summary>The text with every whitespace character removed, for comparisons that ignore layout.</summary>
    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Line(string pattern) =>
        Regex.Match(Markdown, pattern, RegexOptions.Multiline) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The sample has no line matching {pattern}.");

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
