using Briefing.Identity.Contracts;

namespace Briefing.EditorialReview;

/// <summary>Where an item stands after a review action.</summary>
public sealed record ReviewState(Guid Id, long Version, int Revision, string Status, Actor? Assignee)
{
    /// <summary>
    /// The item's state with its version moved past the events just appended; callers set what those
    /// events change. (The fetched aggregate is Marten's to update on save: never apply events to it by hand.)
    /// </summary>
    public static ReviewState After(ReviewItem item, int eventsAppended) =>
        new(item.ItemId, item.Version + eventsAppended, item.Revision, item.Status, item.Assignee);
}
