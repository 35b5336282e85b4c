using Briefing.EditorialReview.Contracts;
using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace Briefing.Publication.FromOtherModules;

/// <summary>An accepted item joins its series' pool of ready items, with its text as accepted.</summary>
public static partial class ItemAcceptedHandler
{
    public static Guid ReadyItemStream(ItemAccepted accepted) => ReadyItem.StreamIdFor(accepted.ItemId);

    /// <summary>A redelivered acceptance changes nothing.</summary>
    public static Events Handle(ItemAccepted accepted, [WriteAggregate(FromMethod = nameof(ReadyItemStream), Required = false)] ReadyItem? item, ILogger<ReadyItem> logger)
    {
        if (item is not null)
        {
            LogAlreadyReady(logger, accepted.ItemId);
            return [];
        }

        return [new ItemReadied(accepted.ItemId, accepted.SeriesId, accepted.OrgId, accepted.Section, accepted.Headline, accepted.Body)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Item {ItemId} is in the pool already")]
    private static partial void LogAlreadyReady(ILogger logger, Guid itemId);
}
