namespace Briefing.Identity;

/// <summary>A user was given access. Only the token's fingerprint is kept: the token itself is shown once.</summary>
public sealed record UserCreated(Guid UserId, string Name, string Role, string? OrgId, string TokenLookup, string TokenHash, bool Bootstrap);

/// <summary>A user's access was revoked; their token no longer authenticates.</summary>
public sealed record UserRevoked(Guid UserId, string Reason);

/// <summary>An admin set the user's console password (at creation, or as a reset); the user's open sessions end.</summary>
public sealed record PasswordSet(Guid UserId);

/// <summary>The user changed their own console password; their other open sessions end.</summary>
public sealed record PasswordChanged(Guid UserId);
