using System.Security.Claims;
using Briefing.Identity.Contracts;

namespace Briefing.Identity.SigningIn;

/// <summary>The signed-in user, as the console shows them.</summary>
public sealed record SessionUser(Guid Id, string Name, string Role, string? OrgId)
{
    public static SessionUser Of(UserAccount user) => new(user.Id, user.Name, user.Role, user.OrgId);

    public static SessionUser? Of(ClaimsPrincipal user) =>
        user.UserIdOf() is var id && id != Guid.Empty
            ? new SessionUser(id, user.FindFirst(BriefingClaims.Name)?.Value ?? "", user.FindFirst(BriefingClaims.Role)?.Value ?? "", user.OrgIdOf())
            : null;
}

/// <summary>
/// The answer of signing in and of <c>GET /api/session</c>: who is signed in and the token every
/// state-changing request of this session must send in <c>X-CSRF-Token</c> (null for a bearer token, which needs none).
/// </summary>
public sealed record SessionAnswer(SessionUser User, string? CsrfToken);
