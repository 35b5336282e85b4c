using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.EditorialReview;

/// <summary>Editors claim, edit, comment, lint, request changes, accept or reject submitted items.</summary>
public static class EditorialReviewModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "editorial-review";

    public static IServiceCollection AddEditorialReviewModule(this IServiceCollection services) =>
        services.ConfigureMarten(marten =>
        {
            marten.Events.AddEventTypes([typeof(ReviewOpened), typeof(ContributorRevisionReceived), typeof(ReviewWithdrawn)]);
            marten.Projections.Snapshot<ReviewItem>(SnapshotLifecycle.Inline);
            marten.Schema.For<ReviewItem>().DatabaseSchemaName("editorial_review")
                .Index(item => item.Status)
                .Index(item => item.SubmittedAt);
        });
}
