using Briefing.Identity.Authenticating;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.SigningIn;

public sealed record SignIn(string? Name, string? Password);

/// <summary>What a sign-in is decided on: the active users of the name with their password hashes, and the name's recent sign-in record.</summary>
public sealed record SignInCandidates(IReadOnlyList<(UserAccount User, string? PasswordHash)> Users, IReadOnlyList<SignInRecord> Recent);

/// <summary>A sign-in decided: the user signed in (and whether their hash wants renewing), or the failure's reason and, when throttled, how long to wait.</summary>
public sealed record SignInDecision(UserAccount? User, string? Failure, TimeSpan? RetryAfter, bool Rehash);

/// <summary>
/// <c>POST /api/session</c>: the console's sign-in. A wrong name and a wrong password are one
/// answer, taking as long; a name with too many recent failures is refused for a while (429) even
/// with the right password. Every attempt, refused or not, is an event with the client's address.
/// </summary>
public static class SignInEndpoint
{
    public const string WrongNameOrPassword = "用户名或密码不正确。(The name or the password is wrong.)";

    public static ProblemDetails Validate(SignIn command, HttpContext http) =>
        !http.Request.HasJsonContentType()
            ? new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type", Detail = "Sign in with a JSON body (application/json)." }
        : string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > TextLimits.Name
            ? Problems.Validation("name", "请输入用户名。(name is required, at most 100 characters.)")
        : string.IsNullOrEmpty(command.Password) || command.Password.Length > Passwords.MaximumLength
            ? Problems.Validation("password", "请输入密码。(password is required.)")
        : WolverineContinue.NoProblems;

    public static async Task<SignInCandidates> LoadAsync(SignIn command, IQuerySession session, TimeProvider clock, IOptions<IdentityOptions> options, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        var since = clock.GetUtcNow() - options.Value.SignInWindow;
        var users = await session.Query<UserAccount>().Where(user => user.Name == name && user.RevokedAt == null).ToListAsync(cancellationToken);
        var credentials = await session.LoadManyAsync<UserCredential>(cancellationToken, users.Select(user => user.Id).ToArray());
        var recent = await session.Query<SignInRecord>().Where(record => record.Name == name && record.At > since)
            .OrderByDescending(record => record.At).Take(100).ToListAsync(cancellationToken);
        return new SignInCandidates(
            users.Select(user => (user, credentials.FirstOrDefault(credential => credential.Id == user.Id)?.PasswordHash)).ToList(), recent);
    }

    /// <summary>The decision, from what was loaded and the password given (verifying a hash reads nothing and writes nothing).</summary>
    /// <param name="addressRetryAfter">How long this client address must wait after too many rejected tokens and sign-ins under any name, or null.</param>
    public static SignInDecision Decide(SignInCandidates candidates, string password, DateTimeOffset now, IdentityOptions options, TimeSpan? addressRetryAfter = null)
    {
        if ((addressRetryAfter ?? SignInThrottle.RetryAfter(candidates.Recent, now, options.SignInFailuresAllowed, options.SignInWindow)) is { } wait)
        {
            return new SignInDecision(candidates.Users.Count > 0 ? candidates.Users[0].User : null, SignInFailures.Throttled, wait, Rehash: false);
        }

        if (candidates.Users.Count == 0)
        {
            Passwords.Verify(null, password);
            return new SignInDecision(null, SignInFailures.UnknownName, null, Rehash: false);
        }

        foreach (var (user, hash) in candidates.Users)
        {
            var result = Passwords.Verify(hash, password);
            if (result != PasswordVerificationResult.Failed)
            {
                return new SignInDecision(user, null, null, result == PasswordVerificationResult.SuccessRehashNeeded);
            }
        }

        var first = candidates.Users[0];
        return new SignInDecision(first.User, first.PasswordHash is null ? SignInFailures.NoPassword : SignInFailures.WrongPassword, null, Rehash: false);
    }

    [WolverinePost("/api/session")]
    [AllowAnonymous]
    [Tags("Sessions"), EndpointSummary("Sign in to the console: sets the session cookie and answers the session's CSRF token")]
    [EndpointDescription("Signs in to the console by name and password: sets the HttpOnly session cookie and answers the session's CSRF token. A wrong name and a wrong password are the same 401; too many recent failures are a 429 with Retry-After, even with the right password. Every attempt is recorded.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public static async Task<(IResult, IStartStream, StoreObjects)> Post(SignIn command, SignInCandidates candidates, HttpContext http,
        TimeProvider clock, IOptions<IdentityOptions> options, FailedAuthenticationThrottle addresses)
    {
        var name = command.Name!.Trim();
        var client = ClientOf(http);
        var decision = Decide(candidates, command.Password!, clock.GetUtcNow(), options.Value, addresses.RetryAfter(client.Address));
        if (decision.Failure is { } failure)
        {
            if (failure != SignInFailures.Throttled)
            {
                addresses.RecordFailure(client.Address);
            }

            var failed = new SignInFailed(name, decision.User?.Id, client.Address, client.UserAgent, failure);
            IResult refusal = decision.RetryAfter is { } wait ? Throttled(http, wait) : Refused();
            return (refusal, MartenOps.StartStream<SignInRecord>(Guid.NewGuid(), ActedBy(Anonymous, failed)), MartenOps.StoreObjects());
        }

        var user = decision.User!;
        var csrfToken = ConsoleSessions.NewCsrfToken();
        var sessionId = Guid.NewGuid();
        await http.SignInAsync(ConsoleSessions.SchemeName, ConsoleSessions.Principal(user, sessionId, csrfToken), new AuthenticationProperties { IsPersistent = false });
        var rehashed = decision.Rehash ? [UserCredential.Of(user.Id, command.Password!)] : Array.Empty<object>();
        return (TypedResults.Ok(new SessionAnswer(SessionUser.Of(user), csrfToken)),
            MartenOps.StartStream<ConsoleSession>(sessionId, ActedBy(new Actor(user.Id.ToString(), user.Name), new SignedIn(user.Id, user.Name, client.Address, client.UserAgent))),
            MartenOps.StoreObjects(rehashed));
    }

    /// <summary>Nobody known yet: who failed to sign in is not who the name belongs to.</summary>
    public static Actor Anonymous { get; } = new("anonymous", "anonymous");

    /// <summary>The client's address (as the server sees it; behind a proxy, configure forwarded headers) and its user agent, shortened.</summary>
    public static (string Address, string? UserAgent) ClientOf(HttpContext http)
    {
        var agent = http.Request.Headers.UserAgent.ToString();
        return (http.Connection.RemoteIpAddress?.ToString() ?? "unknown", agent.Length == 0 ? null : agent[..Math.Min(agent.Length, 300)]);
    }

    /// <summary>An event stamped with the actor it names: the sign-in request itself is anonymous.</summary>
    private static Event<T> ActedBy<T>(Actor actor, T data) where T : notnull
    {
        var e = new Event<T>(data);
        e.SetHeader(ActorHeaders.Id, actor.Id);
        e.SetHeader(ActorHeaders.Name, actor.Name);
        return e;
    }

    private static ProblemHttpResult Refused() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status401Unauthorized, Title = "Sign-in refused", Detail = WrongNameOrPassword,
    });

    private static ProblemHttpResult Throttled(HttpContext http, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests, Title = "Too many failed sign-ins",
            Detail = $"登录失败次数过多，请 {minutes} 分钟后再试。(Too many failed sign-ins for this name; try again in {minutes} minutes.)",
        });
    }
}
