using Briefing.Submission.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;

namespace Briefing.EditorialReview;

/// <summary>Where an item stands after a review action: what the review endpoints answer.</summary>
public sealed record ReviewState(Guid Id, long Version, int Revision, ItemStatus Status, Actor? Assignee) : IViewOf<ReviewItem, ReviewState>
{
    public static ReviewState From(ReviewItem item) => new(item.ItemId, item.Version, item.Revision, item.Status, item.Assignee);
}
