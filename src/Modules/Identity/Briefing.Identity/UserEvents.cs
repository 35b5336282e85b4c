namespace Briefing.Identity;

/// <summary>A user was given access. Only the token's fingerprint is kept: the token itself is shown once.</summary>
public sealed record UserCreated(Guid UserId, string Name, string Role, string? OrgId, string TokenLookup, string TokenHash, bool Bootstrap);

/// <summary>A user's access was revoked; their token no longer authenticates.</summary>
public sealed record UserRevoked(Guid UserId, string Reason);
