using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Submission.Contracts;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Briefing.Submission.Importing;

/// <summary>
/// Items and organisations that came from an imported briefing: the items are recorded as imported
/// (already published, by whoever imported them), and organisations nobody had registered are registered.
/// </summary>
public static partial class ImportedItemsHandler
{
    public static async Task Handle(ItemImported imported, IDocumentSession session, ILogger<SubmissionItem> logger, CancellationToken cancellationToken)
    {
        if (await session.Events.FetchStreamStateAsync(imported.ItemId, cancellationToken) is not null)
        {
            LogAlreadyRecorded(logger, imported.ItemId); // a redelivered message
            return;
        }

        session.Events.StartStream<SubmissionItem>(imported.ItemId, new SubmissionImported(imported.ItemId, imported.SeriesId, imported.OrgId,
            imported.Section, imported.Headline, imported.Body, imported.IssueNumber, imported.DocumentSha256, CurrentActor.Value ?? Actor.System));
    }

    public static async Task<OutgoingMessages> Handle(OrganisationDiscovered discovered, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        if (await session.Events.FetchStreamStateAsync(Organisation.StreamIdFor(discovered.OrgId), cancellationToken) is null)
        {
            messages.Add(Organisation.Register(session, new OrganisationCreated(discovered.OrgId, discovered.Name, discovered.Kind, [])));
        }

        return messages;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported item {ItemId} is recorded already")]
    private static partial void LogAlreadyRecorded(ILogger logger, Guid itemId);
}
