using System.Text.Json.Serialization;
using Briefing.Identity.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>What an issue says, in print order: everything a renderer needs and nothing it must look up.</summary>
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
    public IReadOnlyList<string> Paragraphs => Printing.Paragraphs(Body);
}

/// <summary>A correction issued after publication, shown as a 更正 notice after the published text.</summary>
public sealed record Erratum(Guid Id, Guid? ItemId, string Text, DateTimeOffset IssuedAt, Actor IssuedBy);

/// <summary>An issue to render: a draft's preview, or a published issue with its errata.</summary>
public sealed record RenderedIssue(IssueDocument Document, DateTimeOffset? PublishedAt, IReadOnlyList<Erratum> Errata)
{
    [JsonIgnore]
    public bool IsPublished => PublishedAt is not null;
}
