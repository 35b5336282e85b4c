using Wolverine.Attributes;

namespace Briefing.Publication.Contracts;

/// <summary>The item was placed in an issue being assembled.</summary>
[MessageIdentity("publication.item-placed")]
public sealed record ItemPlaced(Guid ItemId, string SeriesId, int IssueNumber);

/// <summary>The item was taken out of an issue and is back in the pool of ready items.</summary>
[MessageIdentity("publication.item-unplaced")]
public sealed record ItemUnplaced(Guid ItemId, string SeriesId, int IssueNumber);

/// <summary>The issue holding the item was published at <see cref="PublishedAt"/>, with the item's text as published.</summary>
[MessageIdentity("publication.item-published")]
public sealed record ItemPublished(Guid ItemId, string SeriesId, int IssueNumber, string Headline, string Body, DateTimeOffset? PublishedAt = null);

/// <summary>
/// An item of an existing briefing was imported, published in issue <see cref="IssueNumber"/>
/// from the document whose SHA-256 is <see cref="DocumentSha256"/>: every module records it as such.
/// <see cref="PeriodEnd"/> is the last day of the issue's period: the day the statistics count it on,
/// and search and similar items date it by (absent in messages sent before it existed).
/// </summary>
[MessageIdentity("publication.item-imported")]
public sealed record ItemImported(Guid ItemId, string SeriesId, int IssueNumber, string OrgId, string Section, string Headline, string Body, string DocumentSha256, DateOnly? PeriodEnd = null);

/// <summary>An import named an organisation nobody had registered; it was given this id.</summary>
[MessageIdentity("publication.organisation-discovered")]
public sealed record OrganisationDiscovered(string OrgId, string Name, string Kind);
