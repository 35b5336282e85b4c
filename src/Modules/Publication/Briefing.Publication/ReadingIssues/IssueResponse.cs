using Briefing.Kernel;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.ReadingIssues;

public static class IssueResponse
{
    public static IssueView Of(Issue issue, IssueDocument document) => new(issue.Id, issue.SeriesId, issue.Number, issue.PeriodStart, issue.PeriodEnd,
        issue.Status, issue.Version, document.EditorNote, document.Sections, issue.SignedOffBy, issue.PublishedAt, issue.ContentHash, issue.Errata)
    {
        ImportedFrom = issue.ImportedFrom,
        SignedOffHash = issue.SignedOffHash,
        SignOffVoided = issue.SignOffVoided,
    };
}

public sealed record IssueSummary(Guid Id, int Number, DateOnly PeriodStart, DateOnly PeriodEnd, IssueStatus Status, DateTimeOffset? PublishedAt);
