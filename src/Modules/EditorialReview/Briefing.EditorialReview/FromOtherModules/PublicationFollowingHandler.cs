using Briefing.Publication.Contracts;
using Marten;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Where publication put the item: placed items may still be polished, published ones not.</summary>
public static class PublicationFollowingHandler
{
    public static Task Handle(ItemPlaced placed, IDocumentSession session, CancellationToken cancellationToken) =>
        AppendAsync(session, placed.ItemId, new ReviewItemPlaced(placed.IssueNumber), cancellationToken);

    public static Task Handle(ItemUnplaced unplaced, IDocumentSession session, CancellationToken cancellationToken) =>
        AppendAsync(session, unplaced.ItemId, new ReviewItemUnplaced(unplaced.IssueNumber), cancellationToken);

    /// <summary>An item of an imported briefing: on record as published, never reviewed here.</summary>
    public static async Task Handle(ItemImported imported, IDocumentSession session, CancellationToken cancellationToken)
    {
        var streamId = ReviewItem.StreamIdFor(imported.ItemId);
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null)
        {
            session.Events.StartStream<ReviewItem>(streamId, new ReviewImported(imported.ItemId, imported.SeriesId, imported.OrgId, imported.Section,
                imported.Headline, imported.Body, imported.IssueNumber, imported.DocumentSha256));
        }
    }

    public static Task Handle(ItemPublished published, IDocumentSession session, CancellationToken cancellationToken) =>
        AppendAsync(session, published.ItemId, new ReviewItemPublished(published.IssueNumber, published.Headline, published.Body), cancellationToken);

    private static async Task AppendAsync(IDocumentSession session, Guid itemId, object change, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ReviewItem>(ReviewItem.StreamIdFor(itemId), cancellationToken);
        if (stream.Aggregate is not null)
        {
            stream.AppendOne(change);
        }
    }
}
