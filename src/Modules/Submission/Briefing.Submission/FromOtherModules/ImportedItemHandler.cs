using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace Briefing.Submission.FromOtherModules;

/// <summary>
/// An item that came from an imported briefing is recorded as imported: already published, by
/// whoever imported it. A redelivered message finds the item recorded and changes nothing.
/// </summary>
public static partial class ImportedItemHandler
{
    public static Task<SubmissionItem?> LoadAsync(ItemImported imported, IQuerySession session, CancellationToken cancellationToken) =>
        session.LoadAsync<SubmissionItem>(imported.ItemId, cancellationToken);

    public static IMartenOp Handle(ItemImported imported, SubmissionItem? recorded, ILogger<SubmissionItem> logger)
    {
        if (recorded is not null)
        {
            LogAlreadyRecorded(logger, imported.ItemId);
            return MartenOps.Nothing();
        }

        return MartenOps.StartStream<SubmissionItem>(imported.ItemId, new SubmissionImported(imported.ItemId, imported.SeriesId, imported.OrgId,
            imported.Section, imported.Headline, imported.Body, imported.IssueNumber, imported.DocumentSha256, CurrentActor.Value ?? Actor.System, imported.PeriodEnd));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported item {ItemId} is recorded already")]
    private static partial void LogAlreadyRecorded(ILogger logger, Guid itemId);
}
