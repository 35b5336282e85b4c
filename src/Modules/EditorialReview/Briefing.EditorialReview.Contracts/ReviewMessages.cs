using Wolverine.Attributes;

namespace Briefing.EditorialReview.Contracts;

/// <summary>An editor took the item up for review.</summary>
[MessageIdentity("editorial-review.review-started")]
public sealed record ReviewStarted(Guid ItemId);

/// <summary>The editor sent the item back to its contributor with a reason.</summary>
[MessageIdentity("editorial-review.changes-requested")]
public sealed record ChangesRequested(Guid ItemId, string Reason);

/// <summary>The item is accepted, with its text as accepted, and joins its series' pool of ready items.</summary>
[MessageIdentity("editorial-review.item-accepted")]
public sealed record ItemAccepted(Guid ItemId, string SeriesId, string Section, string OrgId, string Headline, string Body);

/// <summary>The item will not be published.</summary>
[MessageIdentity("editorial-review.item-rejected")]
public sealed record ItemRejected(Guid ItemId, string Reason);

/// <summary>
/// An editor changed the text of an accepted item, in the pool or placed in an issue (whose
/// sign-off it voids).
/// </summary>
[MessageIdentity("editorial-review.accepted-item-edited")]
public sealed record AcceptedItemEdited(Guid ItemId, string Headline, string Body, string Section);
