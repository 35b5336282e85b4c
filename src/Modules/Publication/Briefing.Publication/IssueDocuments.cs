using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Marten;

namespace Briefing.Publication;

/// <summary>The document of an issue: a draft's from the current text of its items, a published one's as frozen.</summary>
public static class IssueDocuments
{
    public static async Task<IssueDocument> OfAsync(IQuerySession session, Issue issue, CancellationToken cancellationToken) =>
        issue.PublishedDocument ?? (await DraftAsync(session, issue, cancellationToken)).Document;

    public static async Task<RenderedIssue> RenderedAsync(IQuerySession session, Issue issue, CancellationToken cancellationToken) =>
        new(await OfAsync(session, issue, cancellationToken), issue.PublishedAt, issue.Errata, Imported: issue.ImportedFrom is not null);

    /// <summary>The draft of <paramref name="issue"/>, from the series and the current text of its items.</summary>
    public static async Task<DraftText> DraftAsync(IQuerySession session, Issue issue, CancellationToken cancellationToken)
    {
        var series = await session.LoadAsync<PublicationSeries>(PublicationSeries.StreamIdFor(issue.SeriesId), cancellationToken)
            ?? throw new InvalidOperationException($"Issue {issue.Number} belongs to series '{issue.SeriesId}', which publication does not know.");
        var items = await session.LoadManyAsync<ReadyItem>(cancellationToken, issue.Placements.Select(placement => ReadyItem.StreamIdFor(placement.ItemId)));
        return DraftText.Of(Draft(issue, series, items));
    }

    /// <summary>The issue as it would print now: its placements in series order, each item's current text.</summary>
    public static IssueDocument Draft(Issue issue, PublicationSeries series, IEnumerable<ReadyItem> items)
    {
        var texts = items.ToDictionary(item => item.ItemId);
        var sections = series.Sections
            .Select(section => new DocumentSection(section.Key, section.Title, issue.ItemsIn(section.Key)
                .Select(itemId => texts[itemId])
                .Select(item => new DocumentItem(item.ItemId, item.OrgId, item.Headline, item.Body))
                .ToList()))
            .ToList();
        return new IssueDocument(series.Title, issue.Number, issue.PeriodStart, issue.PeriodEnd, issue.EditorNote, sections,
            series.Distribution, series.SubmissionEmail, series.IssuingUnit);
    }
}

/// <summary>A draft as sign-off and publication see it: its document and the canonical Markdown whose hash is signed off.</summary>
public sealed record DraftText(IssueDocument Document, string Markdown, string ContentHash)
{
    public static DraftText Of(IssueDocument document)
    {
        var markdown = MarkdownRenderer.Render(document);
        return new DraftText(document, markdown, CanonicalMarkdown.HashOf(markdown));
    }
}
