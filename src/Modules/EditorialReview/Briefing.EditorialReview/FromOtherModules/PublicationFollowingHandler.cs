using Briefing.Publication.Contracts;
using Wolverine;
using Wolverine.Marten;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Where publication put the item: placed items may still be polished, published ones not.</summary>
public static class PublicationFollowingHandler
{
    public static Guid PlacedStream(ItemPlaced placed) => ReviewItem.StreamIdFor(placed.ItemId);

    public static Guid UnplacedStream(ItemUnplaced unplaced) => ReviewItem.StreamIdFor(unplaced.ItemId);

    public static Guid ImportedStream(ItemImported imported) => ReviewItem.StreamIdFor(imported.ItemId);

    public static Guid PublishedStream(ItemPublished published) => ReviewItem.StreamIdFor(published.ItemId);

    public static Events Handle(ItemPlaced placed, [WriteAggregate(FromMethod = nameof(PlacedStream), Required = false)] ReviewItem? item) =>
        item is null ? [] : [new ReviewItemPlaced(placed.IssueNumber)];

    public static Events Handle(ItemUnplaced unplaced, [WriteAggregate(FromMethod = nameof(UnplacedStream), Required = false)] ReviewItem? item) =>
        item is null ? [] : [new ReviewItemUnplaced(unplaced.IssueNumber)];

    /// <summary>An item of an imported briefing: on record as published, never reviewed here (a redelivery changes nothing).</summary>
    public static IMartenOp Handle(ItemImported imported, [ReadAggregate(FromMethod = nameof(ImportedStream), Required = false)] ReviewItem? recorded) =>
        recorded is not null
            ? MartenOps.Nothing()
            : MartenOps.StartStream<ReviewItem>(ReviewItem.StreamIdFor(imported.ItemId), new ReviewImported(imported.ItemId, imported.SeriesId, imported.OrgId,
                imported.Section, imported.Headline, imported.Body, imported.IssueNumber, imported.DocumentSha256, imported.PeriodEnd));

    /// <summary>The item was published with this text (an edit that reached publication too late is not in it).</summary>
    public static Events Handle(ItemPublished published, [WriteAggregate(FromMethod = nameof(PublishedStream), Required = false)] ReviewItem? item) =>
        item is null ? [] : [new ReviewItemPublished(published.IssueNumber, published.Headline, published.Body)];
}
