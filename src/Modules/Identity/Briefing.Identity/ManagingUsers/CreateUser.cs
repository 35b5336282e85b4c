using Briefing.Identity.Contracts;
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

public static class CreateUserEndpoint
{
    public static ProblemDetails Validate(CreateUser command) => UserRules.Check(command.Name, command.Role, command.OrgId);

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
}
