using Briefing.Kernel;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>
/// An issue to render: a draft's preview, or a published issue with its errata. <paramref name="Imported"/>:
/// the issue came from an existing briefing, so <paramref name="PublishedAt"/> is when it was imported.
/// </summary>
public sealed record RenderedIssue(IssueDocument Document, DateTimeOffset? PublishedAt, IReadOnlyList<Erratum> Errata, bool Imported = false)
{
    public bool IsPublished => PublishedAt is not null;

    /// <summary>
    /// The date under the masthead: the day of publication in China; for an imported issue, whose
    /// document never said when it was published, the last day of its period (never the import's
    /// day); none for a draft.
    /// </summary>
    public DateOnly? Date => Imported ? Document.PeriodEnd : PublishedAt is { } publishedAt ? ChinaTime.DayOf(publishedAt) : null;
}
