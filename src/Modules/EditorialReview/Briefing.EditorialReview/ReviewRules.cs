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
    /// The item's review stream at <paramref name="expectedVersion"/> (a stale version is the 409
    /// version conflict), if the item is in one of the statuses <paramref name="action"/> needs (else
    /// a 409 invalid-state); a 404 problem when it is not in review. Any status will do when none are named.
    /// </summary>
    public static async Task<(IEventStream<ReviewItem>? Stream, ProblemDetails? Problem)> FetchAsync(
        IDocumentSession session, Guid itemId, long? expectedVersion, string action, IReadOnlyCollection<string> allowed, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ReviewItem>(ReviewItem.StreamIdFor(itemId), cancellationToken);
        if (stream.Aggregate is not { } item)
        {
            return (null, Problems.NotFound($"Item {itemId} is not in review."));
        }

        stream.AtVersion(expectedVersion);
        return allowed.Count == 0 || allowed.Contains(item.Status)
            ? (stream, null)
            : (null, Problems.InvalidState($"An item that is {item.Status} cannot be {action}."));
    }

    public static async Task<ProblemDetails?> CheckSectionAsync(IQuerySession session, ReviewItem item, string? section, CancellationToken cancellationToken) =>
        section is null || (await session.LoadAsync<ReviewSeries>(ReviewSeries.StreamIdFor(item.SeriesId), cancellationToken))?.SectionKeys.Contains(section) == true
            ? null
            : Problems.Validation("section", $"Series '{item.SeriesId}' has no section '{section}'.");
}
