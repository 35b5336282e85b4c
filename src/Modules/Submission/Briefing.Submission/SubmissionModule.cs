using Briefing.Identity.Contracts;
using Briefing.Submission.FromOtherModules;
using Briefing.Submission.Scoring;
using Briefing.Submission.Statistics;
using Briefing.Submission.Intake;
using Briefing.Submission.Mailboxes;
using Briefing.Submission.TakingMail;
using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Submission;

/// <summary>Districts, universities and departments submit items and revise them when editors ask; organisations and series live here.</summary>
public static class SubmissionModule
{
    /// <summary>The module's name: its durable local queue, the database schema of its documents (its events are in the shared event store) and the Module property of its log lines.</summary>
    public const string Name = "submission";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>
    {
        [typeof(ReviewStarted)] = typeof(ItemProgressHandler),
        [typeof(ChangesRequested)] = typeof(ItemProgressHandler),
        [typeof(ItemAccepted)] = typeof(ItemProgressHandler),
        [typeof(ItemRejected)] = typeof(ItemProgressHandler),
        [typeof(ItemPlaced)] = typeof(ItemProgressHandler),
        [typeof(ItemUnplaced)] = typeof(ItemProgressHandler),
        [typeof(ItemPublished)] = typeof(ItemProgressHandler),
        [typeof(ItemImported)] = typeof(ImportedItemHandler),
        [typeof(OrganisationDiscovered)] = typeof(DiscoveredOrganisationHandler),
        [typeof(ContributorRegistered)] = typeof(ContributorHandler),
        [typeof(ContributorRevoked)] = typeof(ContributorHandler),
    };

    public static IServiceCollection AddSubmissionModule(this IServiceCollection services, Action<MailOptions>? configureMail = null)
    {
        var mail = new MailOptions();
        configureMail?.Invoke(mail);
        // The 投稿邮箱 (ADR 27): passwords under Data Protection, one poller for every series' mailbox.
        services.AddSingleton(mail);
        services.AddSingleton<MailboxPasswords>();
        services.AddSingleton<MailIntake>();
        services.AddSingleton<MailboxPolls>();
        services.AddHostedService<MailboxPoller>();
        return services.ConfigureMarten(marten =>
        {
            // Declared up front, so the names they are stored under are checked at start-up (see EventNamingTests).
            marten.Events.AddEventTypes(
            [
                typeof(OrganisationCreated), typeof(SeriesCreated), typeof(ItemSubmitted), typeof(SubmissionImported), typeof(ItemRevised), typeof(ItemWithdrawn),
                typeof(SubmissionInReview), typeof(SubmissionChangesRequested), typeof(SubmissionAccepted), typeof(SubmissionRejected),
                typeof(SubmissionPlaced), typeof(SubmissionUnplaced), typeof(SubmissionPublished), typeof(InstructionGiven), typeof(ScoringRulesSet),
                typeof(SendersSet), typeof(MailboxConfigured), typeof(MailReceived), typeof(MailSubmitted), typeof(MailHeld), typeof(MailAssigned), typeof(MailDiscarded),
            ]);
            marten.Projections.Snapshot<Organisation>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<Series>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<SubmissionItem>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<ScoringRules>(SnapshotLifecycle.Inline);
            marten.Storage.ExtendedSchemaObjects.AddRange(AdoptionTables.Definitions());
            marten.Projections.Add(new AdoptionProjection(), ProjectionLifecycle.Inline, rebuild =>
            {
                foreach (var table in AdoptionTables.All)
                {
                    rebuild.DeleteDataInTableOnTeardown(table);
                }
            });
            marten.Schema.For<ScoringRules>().DatabaseSchemaName(Name);
            marten.Projections.Snapshot<Mailbox>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<IncomingMail>(SnapshotLifecycle.Inline);
            marten.Schema.For<Organisation>().DatabaseSchemaName(Name);
            marten.Schema.For<Series>().DatabaseSchemaName(Name);
            marten.Schema.For<SubmissionItem>().DatabaseSchemaName(Name)
                .Index(item => item.SeriesId)
                .Index(item => item.OrgId)
                .Index(item => item.Status)
                .Index(item => item.SubmittedAt);
            marten.Schema.For<Organisation>().GinIndexJsonData();
            marten.Schema.For<Mailbox>().DatabaseSchemaName(Name);
            marten.Schema.For<MailboxSecret>().DatabaseSchemaName(Name);
            marten.Schema.For<MailboxPollStatus>().DatabaseSchemaName(Name);
            marten.Schema.For<OrganisationLiaisons>().DatabaseSchemaName(Name);
            marten.Schema.For<IncomingMail>().DatabaseSchemaName(Name).Index(incoming => incoming.SeriesId);
        });
    }
}
