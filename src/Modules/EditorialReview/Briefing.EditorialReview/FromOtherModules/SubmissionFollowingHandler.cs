using Briefing.Submission.Contracts;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Marten;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Opens a review for each submitted item and keeps its text in step with the contributor's revisions.</summary>
public static partial class SubmissionFollowingHandler
{
    public static Guid ReceivedStream(SubmissionReceived received) => ReviewItem.StreamIdFor(received.ItemId);

    public static Guid RevisedStream(SubmissionRevised revised) => ReviewItem.StreamIdFor(revised.ItemId);

    public static Guid WithdrawnStream(SubmissionWithdrawn withdrawn) => ReviewItem.StreamIdFor(withdrawn.ItemId);

    /// <summary>A redelivered message finds the review open and changes nothing.</summary>
    public static IMartenOp Handle(SubmissionReceived received, [ReadAggregate(FromMethod = nameof(ReceivedStream), Required = false)] ReviewItem? open, ILogger<ReviewItem> logger)
    {
        if (open is not null)
        {
            LogAlreadyOpen(logger, received.ItemId);
            return MartenOps.Nothing();
        }

        return MartenOps.StartStream<ReviewItem>(ReviewItem.StreamIdFor(received.ItemId), new ReviewOpened(received.ItemId, received.SeriesId, received.OrgId,
            received.Section, received.Headline, received.Body, received.SubmittedAt));
    }

    public static Events Handle(SubmissionRevised revised, [WriteAggregate(FromMethod = nameof(RevisedStream), Required = false)] ReviewItem? item, ILogger<ReviewItem> logger) =>
        Follow(item, new ContributorRevisionReceived(revised.Headline, revised.Body, revised.Section, revised.Resubmitted), revised.ItemId, logger);

    public static Events Handle(SubmissionWithdrawn withdrawn, [WriteAggregate(FromMethod = nameof(WithdrawnStream), Required = false)] ReviewItem? item, ILogger<ReviewItem> logger) =>
        Follow(item, new ReviewWithdrawn(withdrawn.Reason), withdrawn.ItemId, logger);

    private static Events Follow(ReviewItem? item, object change, Guid itemId, ILogger logger)
    {
        if (item is null)
        {
            LogUnknownItem(logger, change.GetType().Name, itemId);
            return [];
        }

        return [change];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review of item {ItemId} is already open")]
    private static partial void LogAlreadyOpen(ILogger logger, Guid itemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Change} for item {ItemId}, which never reached review")]
    private static partial void LogUnknownItem(ILogger logger, string change, Guid itemId);
}
