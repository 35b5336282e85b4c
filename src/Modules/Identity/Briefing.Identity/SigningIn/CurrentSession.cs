using Briefing.Identity.Authenticating;
using Briefing.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Identity.SigningIn;

/// <summary><c>GET /api/session</c>: who is signed in, and the session's CSRF token (the console asks on every page load and keeps it in memory).</summary>
public static class CurrentSessionEndpoint
{
    [WolverineGet("/api/session")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Sessions"), EndpointSummary("Who is signed in, with the session's CSRF token")]
    [EndpointDescription("Answers who is signed in and, for a console session, the CSRF token to send in X-CSRF-Token on every call that changes something.")]
    public static SessionAnswer Get(HttpContext http) => new(SessionUser.Of(http.User)!, ConsoleSessions.CsrfTokenOf(http.User));
}
