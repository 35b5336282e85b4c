using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Rendering;

/// <summary>The real 第 41 期 as an issue document, and small documents for the renderers' rules.</summary>
public static class SampleDocument
{
    public static readonly DateTimeOffset PublishedAt = new(2025, 4, 17, 20, 30, 0, TimeSpan.Zero); // 4月18日 in China

    public static IssueDocument Issue41 { get; } = new(SampleBriefing.Title, 41, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), null,
        Given.SampleSectionKeys.Select(section => new DocumentSection(section.Value, section.Key, SampleBriefing.Items
            .Where(item => item.SectionTitle == section.Key)
            .Select(item => new DocumentItem(Guid.NewGuid(), "org", item.Headline, item.Body))
            .ToList())).ToList(),
        SampleBriefing.Distribution, SampleBriefing.SubmissionEmail, SampleBriefing.IssuingUnit);

    /// <summary>A one-item issue of the sample series with the given text.</summary>
    public static IssueDocument OneItem(string headline, string body, string? editorNote = null) => Issue41 with
    {
        EditorNote = editorNote,
        Sections =
        [
            new DocumentSection("district", "区县动态", [new DocumentItem(ItemId, "qijiang", headline, body)]),
            new DocumentSection("university", "高校动态", []),
        ],
    };

    public static readonly Guid ItemId = Guid.NewGuid();

    public static Erratum Erratum(string text, Guid? itemId = null) =>
        new(Guid.NewGuid(), itemId, text, new DateTimeOffset(2025, 4, 20, 2, 0, 0, TimeSpan.Zero), new Actor("u1", "总编辑"));
}
