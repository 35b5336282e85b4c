using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.EditorialReview;

/// <summary>Loading an item to change it, and the checks every review action shares.</summary>
public static class ReviewRules
{
    public const int MaxNoteLength = 2000;

    /// <summary>
    /// The item's review stream at <paramref name="expectedVersion"/> (a stale version raises Marten's
    /// concurrency error: the 409 version conflict), or a 404 problem.
    /// </summary>
    public static async Task<(IEventStream<ReviewItem>? Stream, ProblemDetails? Problem)> FetchAsync(
        IDocumentSession session, Guid itemId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var streamId = ReviewItem.StreamIdFor(itemId);
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null)
        {
            return (null, Problems.NotFound($"Item {itemId} is not in review."));
        }

        var stream = expectedVersion is { } version
            ? await session.Events.FetchForWriting<ReviewItem>(streamId, version, cancellationToken)
            : await session.Events.FetchForWriting<ReviewItem>(streamId, cancellationToken);
        return (stream, null);
    }

    /// <summary>A 409 invalid-state unless the item is in one of the statuses the action needs.</summary>
    public static ProblemDetails? RequireStatus(ReviewItem item, string action, params string[] allowed) =>
        allowed.Contains(item.Status) ? null : Problems.InvalidState($"An item that is {item.Status} cannot be {action}.");

    public static async Task<ProblemDetails?> CheckSectionAsync(IQuerySession session, ReviewItem item, string? section, CancellationToken cancellationToken) =>
        section is null || (await session.LoadAsync<ReviewSeries>(ReviewSeries.StreamIdFor(item.SeriesId), cancellationToken))?.SectionKeys.Contains(section) == true
            ? null
            : Problems.Validation("section", $"Series '{item.SeriesId}' has no section '{section}'.");
}
