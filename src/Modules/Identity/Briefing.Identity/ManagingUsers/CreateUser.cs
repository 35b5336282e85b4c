using System.Text.RegularExpressions;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.ManagingUsers;

public sealed record CreateUser(string? Name, string? Role, string? OrgId);

/// <summary>The new user, with the one and only showing of their token.</summary>
public sealed record CreatedUser(Guid Id, string Name, string Role, string? OrgId, string Token);

/// <summary>Creates a user, from the API or the command line (<c>users add</c>, <c>demo</c>) alike.</summary>
public static partial class CreateUserEndpoint
{
    /// <summary><see cref="WolverineContinue.NoProblems"/>, or a 400 naming the field.</summary>
    public static ProblemDetails Validate(CreateUser command)
    {
        var (name, role, orgId) = command;
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

        return WolverineContinue.NoProblems;
    }

    [WolverinePost("/api/admin/users")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("Create a user; the response shows their token, once")]
    public static (Created<CreatedUser>, IStartStream) Post(CreateUser command)
    {
        var (created, token) = Register(command.Name!, command.Role!, command.OrgId, bootstrap: false);
        return (TypedResults.Created($"/api/admin/users/{created.UserId}", new CreatedUser(created.UserId, created.Name, created.Role, created.OrgId, token)),
            MartenOps.StartStream<UserAccount>(created.UserId, created));
    }

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
