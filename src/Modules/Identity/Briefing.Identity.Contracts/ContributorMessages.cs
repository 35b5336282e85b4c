using Wolverine.Attributes;

namespace Briefing.Identity.Contracts;

/// <summary>A contributor (an organisation's liaison) was created: other modules may keep who speaks for which organisation.</summary>
[MessageIdentity("identity.contributor-registered")]
public sealed record ContributorRegistered(string OrgId, Guid UserId, string Name);

/// <summary>A contributor was revoked: they no longer speak for <see cref="OrgId"/>.</summary>
[MessageIdentity("identity.contributor-revoked")]
public sealed record ContributorRevoked(string OrgId, Guid UserId);
