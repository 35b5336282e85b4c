using Briefing.Submission.Contracts;
using Briefing.Publication.Contracts;
using Briefing.EditorialReview.FromOtherModules;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview;

/// <summary>Editors claim, edit, comment, lint, request changes, accept or reject submitted items.</summary>
public static class EditorialReviewModule
{
    /// <summary>The module's name: its durable local queue and the Module property of its log lines (its database schema is editorial_review).</summary>
    public const string Name = "editorial-review";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>
    {
        [typeof(SeriesDefined)] = typeof(SeriesDefinedHandler),
        [typeof(SubmissionReceived)] = typeof(SubmissionFollowingHandler),
        [typeof(SubmissionRevised)] = typeof(SubmissionFollowingHandler),
        [typeof(SubmissionWithdrawn)] = typeof(SubmissionFollowingHandler),
        [typeof(ItemPlaced)] = typeof(PublicationFollowingHandler),
        [typeof(ItemUnplaced)] = typeof(PublicationFollowingHandler),
        [typeof(ItemImported)] = typeof(PublicationFollowingHandler),
        [typeof(ItemPublished)] = typeof(PublicationFollowingHandler),
    };

    public static IServiceCollection AddEditorialReviewModule(this IServiceCollection services) =>
        services.ConfigureMarten(marten =>
        {
            marten.Events.AddEventTypes(
            [
                typeof(ReviewOpened), typeof(ReviewImported), typeof(ContributorRevisionReceived), typeof(ReviewWithdrawn), typeof(ReviewClaimed), typeof(ReviewTakenOver),
                typeof(ReviewEdited), typeof(ReviewCommented), typeof(ReviewChangesRequested), typeof(ReviewAccepted), typeof(ReviewRejected),
                typeof(ReviewItemPlaced), typeof(ReviewItemUnplaced), typeof(ReviewItemPublished),
                typeof(ReviewSeriesRegistered), typeof(LintRulesConfigured),
            ]);
            marten.Projections.Snapshot<ReviewItem>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<ReviewSeries>(SnapshotLifecycle.Inline);
            marten.Schema.For<ReviewSeries>().DatabaseSchemaName("editorial_review");
            marten.Schema.For<ReviewItem>().DatabaseSchemaName("editorial_review")
                .Index(item => item.Status)
                .Index(item => item.SubmittedAt)
                // Search and similar items look their keys up in these columns (ADR 26).
                .Duplicate(item => item.SearchKeys, pgType: "text[]", configure: index => index.Method = IndexMethod.gin)
                .Duplicate(item => item.SimilarityBands, pgType: "text[]", configure: index => index.Method = IndexMethod.gin);
        });
}
