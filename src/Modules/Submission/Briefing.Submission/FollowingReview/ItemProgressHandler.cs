using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.Extensions.Logging;

namespace Briefing.Submission.FollowingReview;

/// <summary>
/// What review and publication did with an item, recorded on the item's submission stream so the
/// contributor sees its status (and the reason when changes are requested).
/// </summary>
public static partial class ItemProgressHandler
{
    public static Task Handle(ReviewStarted message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionInReview(), cancellationToken);

    public static Task Handle(ChangesRequested message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionChangesRequested(message.Reason), cancellationToken);

    public static Task Handle(ItemAccepted message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionAccepted(message.Section), cancellationToken);

    public static Task Handle(ItemRejected message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionRejected(message.Reason), cancellationToken);

    public static Task Handle(ItemPlaced message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionPlaced(message.IssueNumber), cancellationToken);

    public static Task Handle(ItemUnplaced message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionUnplaced(message.IssueNumber), cancellationToken);

    public static Task Handle(ItemPublished message, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken) =>
        RecordAsync(session, logger, message.ItemId, new SubmissionPublished(message.IssueNumber), cancellationToken);

    // Fetched for writing so the snapshot's version follows the stream (Marten's quick append
    // does not know the version of a blind append).
    private static async Task RecordAsync(IDocumentSession session, ILogger logger, Guid itemId, object progress, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<SubmissionItem>(itemId, cancellationToken);
        if (stream.Aggregate is null)
        {
            LogUnknownItem(logger, progress.GetType().Name, itemId);
            return;
        }

        stream.AppendOne(progress);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Progress} for item {ItemId}, which was never submitted")]
    private static partial void LogUnknownItem(ILogger logger, string progress, Guid itemId);
}
