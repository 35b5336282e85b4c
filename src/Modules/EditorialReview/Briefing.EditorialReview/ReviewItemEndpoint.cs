using Briefing.Submission.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.EditorialReview;

/// <summary>
/// An endpoint that changes one item's review. Wolverine loads the item's review stream for writing
/// (<c>[WriteAggregate(FromMethod = nameof(ReviewStream))]</c>: the stream id derives from the item
/// id the route names) and appends the events the endpoint returns; <see cref="Check"/> is the
/// endpoint's first check after those of the request's body.
/// </summary>
public abstract class ReviewItemEndpoint
{
    public static Guid ReviewStream(Guid id) => ReviewItem.StreamIdFor(id);

    /// <summary>
    /// In this order: a 404 when item <paramref name="id"/> is not in review; the 409 version conflict
    /// when the change was made against another version than <paramref name="expectedVersion"/> (if
    /// named); a 409 invalid-state when the item is not in one of the statuses <paramref name="action"/>
    /// needs (any will do when none are named).
    /// </summary>
    public static ProblemDetails? Check(ReviewItem? item, Guid id, long? expectedVersion, string action, params IReadOnlyCollection<ItemStatus> allowed) =>
        item is null ? Problems.NotFound($"Item {id} is not in review.")
        : Versions.Check(item.Version, expectedVersion)
          ?? (allowed.Count > 0 && !allowed.Contains(item.Status) ? Problems.InvalidState($"An item that is {item.Status.Name()} cannot be {action}.") : null);

    public static ProblemDetails? CheckSection(ReviewSeries? series, ReviewItem item, string? section) =>
        section is null || series?.SectionKeys.Contains(section) == true
            ? null
            : Problems.Validation("section", $"Series '{item.SeriesId}' has no section '{section}'.");
}
