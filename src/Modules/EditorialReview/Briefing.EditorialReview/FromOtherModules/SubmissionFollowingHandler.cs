using Briefing.Submission.Contracts;
using Marten;
using Microsoft.Extensions.Logging;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Opens a review for each submitted item and keeps its text in step with the contributor's revisions.</summary>
public static partial class SubmissionFollowingHandler
{
    public static async Task Handle(SubmissionReceived received, IDocumentSession session, ILogger<ReviewItem> logger, CancellationToken cancellationToken)
    {
        var streamId = ReviewItem.StreamIdFor(received.ItemId);
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is not null)
        {
            LogAlreadyOpen(logger, received.ItemId); // a redelivered message
            return;
        }

        session.Events.StartStream<ReviewItem>(streamId, new ReviewOpened(received.ItemId, received.SeriesId, received.OrgId,
            received.Section, received.Headline, received.Body, received.SubmittedAt));
    }

    public static Task Handle(SubmissionRevised revised, IDocumentSession session, ILogger<ReviewItem> logger, CancellationToken cancellationToken) =>
        AppendAsync(session, logger, revised.ItemId, new ContributorRevisionReceived(revised.Headline, revised.Body, revised.Section, revised.Resubmitted), cancellationToken);

    public static Task Handle(SubmissionWithdrawn withdrawn, IDocumentSession session, ILogger<ReviewItem> logger, CancellationToken cancellationToken) =>
        AppendAsync(session, logger, withdrawn.ItemId, new ReviewWithdrawn(withdrawn.Reason), cancellationToken);

    // Fetched for writing so the snapshot's version follows the stream (see ADR 9).
    private static async Task AppendAsync(IDocumentSession session, ILogger logger, Guid itemId, object change, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ReviewItem>(ReviewItem.StreamIdFor(itemId), cancellationToken);
        if (stream.Aggregate is null)
        {
            LogUnknownItem(logger, change.GetType().Name, itemId);
            return;
        }

        stream.AppendOne(change);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review of item {ItemId} is already open")]
    private static partial void LogAlreadyOpen(ILogger logger, Guid itemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Change} for item {ItemId}, which never reached review")]
    private static partial void LogUnknownItem(ILogger logger, string change, Guid itemId);
}
