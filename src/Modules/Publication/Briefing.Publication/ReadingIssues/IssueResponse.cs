using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;

namespace Briefing.Publication.ReadingIssues;

public sealed record IssueResponse(
    Guid Id,
    string SeriesId,
    int Number,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Status,
    long Version,
    string? EditorNote,
    IReadOnlyList<DocumentSection> Sections,
    Actor? SignedOffBy,
    DateTimeOffset? PublishedAt,
    string? ContentHash,
    IReadOnlyList<Erratum> Errata)
{
    public static IssueResponse Of(Issue issue, IssueDocument document) => new(issue.Id, issue.SeriesId, issue.Number, issue.PeriodStart, issue.PeriodEnd,
        issue.Status, issue.Version, document.EditorNote, document.Sections, issue.SignedOffBy, issue.PublishedAt, issue.ContentHash, issue.Errata);
}

public sealed record IssueSummary(Guid Id, int Number, DateOnly PeriodStart, DateOnly PeriodEnd, string Status, DateTimeOffset? PublishedAt);
