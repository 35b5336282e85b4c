using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Identity.Authenticating;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: finds the user by the token's fingerprint and checks the
/// whole hash in constant time. Answers 401 (missing, unknown or revoked token), 403 (role not
/// allowed) and 429 (too many rejected tokens from this address) as problem details. The token is
/// never logged.
/// </summary>
public sealed partial class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IQuerySession session,
    FailedAuthenticationThrottle throttle) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Bearer";
    private const string RetryAfterItem = "briefing:retry-after";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var client = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client) is { } wait)
        {
            Context.Items[RetryAfterItem] = wait;
            return AuthenticateResult.Fail("Too many rejected tokens from this address.");
        }

        var user = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await FindActiveUserAsync(header["Bearer ".Length..].Trim())
            : null;
        if (user is null)
        {
            throttle.RecordFailure(client);
            LogRejected(Logger, client, Request.Method, Request.Path);
            return AuthenticateResult.Fail("The token is missing, unknown or revoked.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(ClaimsOf(user), SchemeName, BriefingClaims.Name, BriefingClaims.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>Who the user is, as every endpoint reads it: id, name, role and a contributor's organisation.</summary>
    public static IEnumerable<Claim> ClaimsOf(UserAccount user)
    {
        yield return new Claim(BriefingClaims.UserId, user.Id.ToString());
        yield return new Claim(BriefingClaims.Name, user.Name);
        yield return new Claim(BriefingClaims.Role, user.Role);
        if (user.OrgId is not null)
        {
            yield return new Claim(BriefingClaims.OrgId, user.OrgId);
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[RetryAfterItem] is TimeSpan wait)
        {
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return AuthProblems.WriteAsync(Context, StatusCodes.Status429TooManyRequests, "Too many requests",
                "Too many rejected tokens came from this address; wait before trying again.");
        }

        return AuthProblems.UnauthorizedAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.ForbiddenAsync(Context);

    private async Task<UserAccount?> FindActiveUserAsync(string token)
    {
        var (lookup, _) = AccessTokens.Fingerprint(token);
        var candidates = await session.Query<UserAccount>().Where(user => user.TokenLookup == lookup).ToListAsync(Context.RequestAborted);
        return candidates.FirstOrDefault(user => AccessTokens.Matches(token, user.TokenHash) && user.IsActive);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a bearer token from {ClientAddress} for {Method} {Path}")]
    private static partial void LogRejected(ILogger logger, string clientAddress, string method, string path);
}
