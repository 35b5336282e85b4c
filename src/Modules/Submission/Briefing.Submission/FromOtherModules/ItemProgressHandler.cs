using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;
using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace Briefing.Submission.FromOtherModules;

/// <summary>
/// What review and publication did with an item, recorded on the item's submission stream so the
/// contributor sees its status, and the reason when changes are requested. Wolverine loads the
/// stream for writing (the message's item id is the stream id), so the snapshot's version follows
/// the stream (ADR 9). News of an item never submitted is ignored.
/// </summary>
public static partial class ItemProgressHandler
{
    public static Events Handle(ReviewStarted message, [WriteAggregate(nameof(ReviewStarted.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionInReview(), logger);

    public static Events Handle(ChangesRequested message, [WriteAggregate(nameof(ChangesRequested.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionChangesRequested(message.Reason), logger);

    public static Events Handle(ItemAccepted message, [WriteAggregate(nameof(ItemAccepted.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionAccepted(message.Section), logger);

    public static Events Handle(ItemRejected message, [WriteAggregate(nameof(ItemRejected.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionRejected(message.Reason), logger);

    public static Events Handle(ItemPlaced message, [WriteAggregate(nameof(ItemPlaced.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionPlaced(message.IssueNumber), logger);

    public static Events Handle(ItemUnplaced message, [WriteAggregate(nameof(ItemUnplaced.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionUnplaced(message.IssueNumber), logger);

    public static Events Handle(ItemPublished message, [WriteAggregate(nameof(ItemPublished.ItemId), Required = false)] SubmissionItem? item, ILogger<SubmissionItem> logger) =>
        Record(item, message.ItemId, new SubmissionPublished(message.IssueNumber, message.PublishedAt), logger);

    private static Events Record(SubmissionItem? item, Guid itemId, object progress, ILogger logger)
    {
        if (item is null)
        {
            LogUnknownItem(logger, progress.GetType().Name, itemId);
            return [];
        }

        return [progress];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Progress} for item {ItemId}, which was never submitted")]
    private static partial void LogUnknownItem(ILogger logger, string progress, Guid itemId);
}
