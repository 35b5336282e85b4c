using System.Security.Claims;

namespace Briefing.Identity.Contracts;

/// <summary>Who did something: a user, or the system's own automatic steps.</summary>
public sealed record Actor(string Id, string Name)
{
    public static Actor System { get; } = new("system", "system");

    /// <summary>The user a request was authenticated as, or null for an anonymous request.</summary>
    public static Actor? From(ClaimsPrincipal user) =>
        user.FindFirst(BriefingClaims.UserId)?.Value is { } id ? new Actor(id, user.FindFirst(BriefingClaims.Name)?.Value ?? id) : null;
}
