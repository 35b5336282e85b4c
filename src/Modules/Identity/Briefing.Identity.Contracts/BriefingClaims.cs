using System.Security.Claims;

namespace Briefing.Identity.Contracts;

/// <summary>The claims an authenticated Briefing user carries.</summary>
public static class BriefingClaims
{
    public const string UserId = "briefing:user-id";
    public const string Name = ClaimTypes.Name;
    public const string Role = ClaimTypes.Role;
    public const string OrgId = "briefing:org-id";

    public static string? OrgIdOf(this ClaimsPrincipal user) => user.FindFirst(OrgId)?.Value;

    /// <summary>The signed-in user's id, or <see cref="Guid.Empty"/> for an anonymous caller (no user has it).</summary>
    public static Guid UserIdOf(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirst(UserId)?.Value, out var id) ? id : Guid.Empty;

    /// <summary>
    /// The contributor-owns-organisation rule: a contributor acts only for its own organisation;
    /// every other role that may submit acts for any.
    /// </summary>
    public static bool MayActFor(this ClaimsPrincipal user, string orgId) =>
        !user.IsInRole(Roles.Contributor) || string.Equals(user.OrgIdOf(), orgId, StringComparison.Ordinal);
}
