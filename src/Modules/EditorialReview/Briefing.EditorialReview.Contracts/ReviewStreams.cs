using Briefing.Kernel;

namespace Briefing.EditorialReview.Contracts;

/// <summary>The ids of review's event streams, for readers of the whole record (the audit).</summary>
public static class ReviewStreams
{
    /// <summary>An item's review: its revisions, comments and decisions.</summary>
    public static Guid Item(Guid itemId) => StreamKeys.For("review-item", itemId);
}
