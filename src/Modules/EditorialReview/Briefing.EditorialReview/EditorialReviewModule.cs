using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview;

/// <summary>Editors claim, edit, comment, lint, request changes, accept or reject submitted items.</summary>
public static class EditorialReviewModule
{
    /// <summary>The module's name: its durable local queue and the Module property of its log lines (its database schema is editorial_review).</summary>
    public const string Name = "editorial-review";

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
                .Index(item => item.SubmittedAt);
        });
}
