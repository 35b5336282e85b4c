using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Briefing.Identity.Contracts;
using Briefing.Identity.SigningIn;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Identity.Authenticating;

/// <summary>
/// The console's session: an encrypted cookie (ASP.NET Core's cookie authentication, keys by Data
/// Protection) holding the user, the password version it began with and the session's CSRF token.
/// HttpOnly, SameSite=Strict, Secure over HTTPS, sliding idle expiry. Every request checks the
/// user again, so a revoked user or a changed password ends the session at once.
/// </summary>
public static class ConsoleSessions
{
    public const string SchemeName = "Console";
    public const string CookieName = "briefing_session";
    public const string CsrfClaim = "briefing:csrf";
    public const string PasswordVersionClaim = "briefing:password-version";

    /// <param name="passwordVersion">The user's password version the session is valid for: theirs now, unless the request is changing it.</param>
    public static ClaimsPrincipal Principal(UserAccount user, Guid sessionId, string csrfToken, int? passwordVersion = null)
    {
        var claims = new List<Claim>(BearerTokenHandler.ClaimsOf(user))
        {
            new(ConsoleSession.Claim, sessionId.ToString()),
            new(CsrfClaim, csrfToken),
            new(PasswordVersionClaim, (passwordVersion ?? user.PasswordVersion).ToString(CultureInfo.InvariantCulture)),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, BriefingClaims.Name, BriefingClaims.Role));
    }

    public static string NewCsrfToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string? CsrfTokenOf(ClaimsPrincipal user) => user.FindFirst(CsrfClaim)?.Value;

    public static bool IsConsoleSession(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, AuthenticationType: SchemeName };

    public static void Configure(CookieAuthenticationOptions cookie, TimeSpan idle)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.Path = "/";
        cookie.ExpireTimeSpan = idle;
        cookie.SlidingExpiration = true;
        cookie.Events.OnRedirectToLogin = context => AuthProblems.UnauthorizedAsync(context.HttpContext);
        cookie.Events.OnRedirectToAccessDenied = context => AuthProblems.ForbiddenAsync(context.HttpContext);
        cookie.Events.OnValidatePrincipal = ValidateAsync;
    }

    /// <summary>A session ends when it was signed out, its user is revoked, or their password was set or changed since it began.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var session = context.HttpContext.RequestServices.GetRequiredService<IQuerySession>();
        var batch = session.CreateBatchQuery();
        var consoleSession = batch.Load<ConsoleSession>(ConsoleSession.IdOf(principal));
        var user = batch.Load<UserAccount>(principal.UserIdOf());
        await batch.Execute(context.HttpContext.RequestAborted);
        if (await consoleSession is not { EndedAt: null } started || await user is not { IsActive: true } account || started.UserId != account.Id
            || principal.FindFirst(PasswordVersionClaim)?.Value != account.PasswordVersion.ToString(CultureInfo.InvariantCulture))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }
}
