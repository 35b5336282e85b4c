using System.Security.Claims;
using Briefing.Identity.Authenticating;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.SigningIn;

/// <summary><c>DELETE /api/session</c>: ends the console session (the cookie is cleared) and records the sign-out.</summary>
public static class SignOutEndpoint
{
    public static Guid SignedInSession(ClaimsPrincipal user) => ConsoleSession.IdOf(user);

    public static ProblemDetails Validate(ConsoleSession? session) =>
        session is { EndedAt: null } ? WolverineContinue.NoProblems
        : Problems.InvalidState("There is no console session to end: a bearer token has none (to stop a token working, revoke its user).");

    [WolverineDelete("/api/session")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Sessions"), EndpointSummary("Sign out of the console")]
    [EndpointDescription("Ends the console session: the cookie is cleared and the sign-out recorded. 409 invalid-state: the call came with a bearer token, which has no session to end (revoke its user to stop a token working).")]
    [EmptyResponse]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Events> Delete([WriteAggregate(FromMethod = nameof(SignedInSession), Required = false)] ConsoleSession session, HttpContext http)
    {
        await http.SignOutAsync(ConsoleSessions.SchemeName);
        var user = SessionUser.Of(http.User)!;
        return [new SignedOut(user.Id, user.Name, SignInEndpoint.ClientOf(http).Address)];
    }
}
