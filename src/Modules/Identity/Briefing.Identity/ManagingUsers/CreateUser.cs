using System.Text.RegularExpressions;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.ManagingUsers;

/// <param name="Password">Optional: lets the person sign in to the console (at least <see cref="Passwords.MinimumLength"/> characters).</param>
public sealed record CreateUser(string? Name, string? Role, string? OrgId, string? Password = null);

/// <summary>Whether an active user already has the name: the console signs people in by name, so it names one person.</summary>
public sealed record NameInUse(bool InUse);

/// <summary>The new user, with the one and only showing of their token.</summary>
public sealed record CreatedUser(Guid Id, string Name, string Role, string? OrgId, string Token);

/// <summary>Creates a user, from the API or the command line (<c>users add</c>, <c>demo</c>) alike.</summary>
public static partial class CreateUserEndpoint
{
    public static async Task<NameInUse> LoadAsync(CreateUser command, IQuerySession session, CancellationToken cancellationToken) =>
        new(command.Name is { } name && await ActiveUserNamed(session, name.Trim(), cancellationToken) is not null);

    /// <summary>The active user of that name, if any.</summary>
    public static Task<UserAccount?> ActiveUserNamed(IQuerySession session, string name, CancellationToken cancellationToken) =>
        session.Query<UserAccount>().Where(user => user.Name == name && user.RevokedAt == null).FirstOrDefaultAsync(cancellationToken);

    /// <summary><see cref="WolverineContinue.NoProblems"/>, a 400 naming the field, or a 409 for a name an active user has.</summary>
    public static ProblemDetails Validate(CreateUser command, NameInUse name) =>
        Validate(command) is var problem && problem != WolverineContinue.NoProblems ? problem
        : name.InUse ? Problems.Conflict($"An active user is named '{command.Name!.Trim()}' already; names sign people in, so each names one person.")
        : WolverineContinue.NoProblems;

    /// <summary>The checks that need nothing stored: <see cref="WolverineContinue.NoProblems"/>, or a 400 naming the field.</summary>
    public static ProblemDetails Validate(CreateUser command)
    {
        var (name, role, orgId, password) = command;
        if (string.IsNullOrWhiteSpace(name))
        {
            return Problems.Validation("name", "name is required.");
        }

        if (name.Length > TextLimits.Name || name.Any(char.IsControl))
        {
            return Problems.Validation("name", $"name must be at most {TextLimits.Name} characters, without control characters.");
        }

        if (role is null || !Roles.All.Contains(role))
        {
            return Problems.Validation("role", $"role must be one of: {string.Join(", ", Roles.All)}.");
        }

        if (role == Roles.Contributor && (orgId is null || !Slug().IsMatch(orgId)))
        {
            return Problems.Validation("orgId", "a contributor needs orgId, the id of the organisation it submits for ([a-z0-9][a-z0-9-]{1,63}).");
        }

        if (role != Roles.Contributor && orgId is not null)
        {
            return Problems.Validation("orgId", "only contributors are bound to an organisation.");
        }

        return password is null ? WolverineContinue.NoProblems : Passwords.Check("password", password);
    }

    [WolverinePost("/api/admin/users")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("Create a user; the response shows their token, once")]
    [EndpointDescription("Creates a user with a role (a contributor is bound to one organisation) and, with a password, lets them sign in to the console. The answer shows the token this once; only its hash is stored. 409 already-exists: an active user has that name (names sign people in, so each names one person).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<CreatedUser>, IStartStream, StoreObjects, OutgoingMessages) Post(CreateUser command)
    {
        var (created, token) = Register(command.Name!.Trim(), command.Role!, command.OrgId, bootstrap: false);
        var answer = TypedResults.Created($"/api/admin/users/{created.UserId}", new CreatedUser(created.UserId, created.Name, created.Role, created.OrgId, token));
        return command.Password is { } password
            ? (answer, MartenOps.StartStream<UserAccount>(created.UserId, created, new PasswordSet(created.UserId)),
                MartenOps.StoreObjects(UserCredential.Of(created.UserId, password)), Told(created))
            : (answer, MartenOps.StartStream<UserAccount>(created.UserId, created), MartenOps.StoreObjects(), Told(created));
    }

    /// <summary>A new contributor is news to the modules that need to know who speaks for an organisation (the mail intake's actor).</summary>
    public static OutgoingMessages Told(UserCreated created) =>
        created is { Role: Roles.Contributor, OrgId: { } orgId } ? [new ContributorRegistered(orgId, created.UserId, created.Name)] : [];

    /// <summary>A new user and their token; the token (generated unless given) is not kept.</summary>
    public static (UserCreated Created, string Token) Register(string name, string role, string? orgId, bool bootstrap, string? token = null)
    {
        token ??= AccessTokens.Generate();
        var (lookup, hash) = AccessTokens.Fingerprint(token);
        return (new UserCreated(Guid.NewGuid(), name, role, orgId, lookup, hash, bootstrap), token);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Slug();
}
