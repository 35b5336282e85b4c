using Briefing.Publication.Contracts;
using Briefing.EditorialReview.Contracts;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace Briefing.Publication.FromOtherModules;

/// <summary>
/// An editor's edit of an accepted item reaches its copy in the pool. When the item is placed, the
/// issue records the revision too, so a sign-off or publication racing with it is a version
/// conflict; and an edit of an item of a signed-off issue voids the sign-off there and then, since
/// the text signed off is no longer the issue's.
/// </summary>
public static partial class AcceptedItemEditedHandler
{
    public static Guid ReadyItemStream(AcceptedItemEdited edited) => ReadyItem.StreamIdFor(edited.ItemId);

    /// <summary>The issue the item is placed in (unless it is published), fetched for writing.</summary>
    public static async Task<Issue?> LoadAsync(ReadyItem? item, IDocumentSession session, CancellationToken cancellationToken) =>
        item is { IssueNumber: { } number, Published: false }
            ? (await session.Events.FetchForWriting<Issue>(Issue.StreamIdFor(item.SeriesId, number), cancellationToken)).Aggregate
            : null;

    public static (Events, OtherStreams) Handle(
        AcceptedItemEdited edited, [WriteAggregate(FromMethod = nameof(ReadyItemStream), Required = false)] ReadyItem? item, Issue? issue, ILogger<ReadyItem> logger)
    {
        if (item is null || item.Published)
        {
            LogIgnoredEdit(logger, edited.ItemId, item is null ? "was never accepted" : "is published");
            return ([], new());
        }

        Events revised = [new ReadyItemRevised(edited.Headline, edited.Body, edited.Section)];
        return issue switch
        {
            null => (revised, new()),
            { Status: IssueStatus.SignedOff } => (revised, new((issue.Id, new IssueItemRevised(edited.ItemId)),
                (issue.Id, new IssueSignOffVoided($"签发后修改了稿件“{edited.Headline}”。", edited.ItemId)))),
            _ => (revised, new((issue.Id, new IssueItemRevised(edited.ItemId)))),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an edit of item {ItemId}, which {Reason}")]
    private static partial void LogIgnoredEdit(ILogger logger, Guid itemId, string reason);
}
