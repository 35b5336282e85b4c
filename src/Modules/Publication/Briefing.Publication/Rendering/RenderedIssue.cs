using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>An issue to render: a draft's preview, or a published issue with its errata.</summary>
public sealed record RenderedIssue(IssueDocument Document, DateTimeOffset? PublishedAt, IReadOnlyList<Erratum> Errata)
{
    public bool IsPublished => PublishedAt is not null;
}
