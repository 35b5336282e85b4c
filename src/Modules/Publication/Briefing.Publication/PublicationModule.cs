using Briefing.EditorialReview.Contracts;
using Briefing.Publication.FromOtherModules;
using Briefing.Publication.Importing;
using Briefing.Submission.Contracts;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Publication;

/// <summary>Editors assemble numbered issues from accepted items; a chief editor signs off and publishes.</summary>
public static class PublicationModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "publication";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>
    {
        [typeof(ItemAccepted)] = typeof(ItemAcceptedHandler),
        [typeof(AcceptedItemEdited)] = typeof(AcceptedItemEditedHandler),
        [typeof(SeriesDefined)] = typeof(SeriesDefinedHandler),
        [typeof(OrganisationRegistered)] = typeof(OrganisationRegisteredHandler),
    };

    public static IServiceCollection AddPublicationModule(this IServiceCollection services) =>
        services.ConfigureMarten(marten =>
        {
            marten.Events.AddEventTypes(
            [
                typeof(PublicationSeriesRegistered),
                typeof(ItemReadied), typeof(ReadyItemRevised), typeof(ReadyItemPlaced), typeof(ReadyItemReturned), typeof(ReadyItemPublished),
                typeof(IssueCreated), typeof(IssueItemPlaced), typeof(IssueItemMoved), typeof(IssueItemRemoved), typeof(EditorNoteChanged), typeof(IssueItemRevised),
                typeof(IssueSignedOff), typeof(IssueSignOffVoided), typeof(IssuePublished), typeof(ErratumIssued), typeof(IssueImported),
            ]);
            marten.Projections.Snapshot<PublicationSeries>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<ReadyItem>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<Issue>(SnapshotLifecycle.Inline);
            marten.Schema.For<PublicationSeries>().DatabaseSchemaName(Name);
            marten.Schema.For<KnownOrganisation>().DatabaseSchemaName(Name);
            marten.Schema.For<ReadyItem>().DatabaseSchemaName(Name)
                .Index(item => item.SeriesId)
                .Index(item => item.IssueNumber);
            marten.Schema.For<Issue>().DatabaseSchemaName(Name)
                .Index(issue => issue.SeriesId)
                .Index(issue => issue.Number);
        });
}
