using Briefing.EditorialReview.Contracts;
using Marten;
using Microsoft.Extensions.Logging;

namespace Briefing.Publication.FollowingReview;

/// <summary>Keeps the pool of ready items: accepted items join it, and editors' later edits reach it (voiding a sign-off).</summary>
public static partial class AcceptedItemsHandler
{
    public static async Task Handle(ItemAccepted accepted, IDocumentSession session, ILogger<ReadyItem> logger, CancellationToken cancellationToken)
    {
        var streamId = ReadyItem.StreamIdFor(accepted.ItemId);
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is not null)
        {
            LogAlreadyReady(logger, accepted.ItemId); // a redelivered message
            return;
        }

        session.Events.StartStream<ReadyItem>(streamId,
            new ItemReadied(accepted.ItemId, accepted.SeriesId, accepted.OrgId, accepted.Section, accepted.Headline, accepted.Body));
    }

    public static async Task Handle(AcceptedItemEdited edited, IDocumentSession session, ILogger<ReadyItem> logger, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ReadyItem>(ReadyItem.StreamIdFor(edited.ItemId), cancellationToken);
        if (stream.Aggregate is not { } item || item.Published)
        {
            LogIgnoredEdit(logger, edited.ItemId, stream.Aggregate is null ? "was never accepted" : "is published");
            return;
        }

        stream.AppendOne(new ReadyItemRevised(edited.Headline, edited.Body, edited.Section));
        // The issue's stream records the revision too, so a sign-off or publication racing with it is a version conflict.
        if (item.IssueNumber is { } number)
        {
            var issue = await session.Events.FetchForWriting<Issue>(Issue.StreamIdFor(item.SeriesId, number), cancellationToken);
            issue.AppendOne(new IssueItemRevised(edited.ItemId));
            if (issue.Aggregate?.Status == IssueStatus.SignedOff)
            {
                issue.AppendOne(new IssueSignOffVoided($"Item “{edited.Headline}” was edited after sign-off.", edited.ItemId));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Item {ItemId} is in the pool already")]
    private static partial void LogAlreadyReady(ILogger logger, Guid itemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an edit of item {ItemId}, which {Reason}")]
    private static partial void LogIgnoredEdit(ILogger logger, Guid itemId, string reason);
}
