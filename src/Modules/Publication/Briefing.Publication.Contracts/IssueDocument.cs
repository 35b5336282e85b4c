using System.Text.Json.Serialization;

namespace Briefing.Publication.Contracts;

/// <summary>
/// What an issue says, in print order: everything a renderer needs and nothing it must look up.
/// Part of the published language: it is frozen in the published event, and the audit rebuilds it.
/// </summary>
public sealed record IssueDocument(
    string Title,
    int Number,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? EditorNote,
    IReadOnlyList<DocumentSection> Sections,
    string Distribution,
    string? SubmissionEmail,
    string IssuingUnit)
{
    /// <summary>The sections that have items: an empty section is not printed.</summary>
    [JsonIgnore]
    public IEnumerable<DocumentSection> PrintedSections => Sections.Where(section => section.Items.Count > 0);

    /// <summary>第 41 期（4.14—4.18）</summary>
    [JsonIgnore]
    public string IssueLine => $"第 {Number} 期（{PeriodStart.Month}.{PeriodStart.Day}—{PeriodEnd.Month}.{PeriodEnd.Day}）";

    public DocumentItem? Item(Guid itemId) => Sections.SelectMany(section => section.Items).FirstOrDefault(item => item.ItemId == itemId);
}

public sealed record DocumentSection(string Key, string Title, IReadOnlyList<DocumentItem> Items);

/// <summary>An item as printed: ◆ and the bold headline, then the body (whose blank-line breaks are kept).</summary>
public sealed record DocumentItem(Guid ItemId, string OrgId, string Headline, string Body)
{
    [JsonIgnore]
    public IReadOnlyList<string> Paragraphs => IssueText.Paragraphs(Body);
}

public static class IssueText
{
    /// <summary>The paragraphs of a text: split at blank lines, line ends normalised, empty ones dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n").Select(paragraph => paragraph.Trim('\n')).Where(paragraph => paragraph.Trim().Length > 0).ToList();
}
