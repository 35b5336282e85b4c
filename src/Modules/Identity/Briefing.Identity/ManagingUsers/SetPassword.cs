using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.ManagingUsers;

public sealed record SetPassword(string? Password);

/// <summary><c>PUT /api/admin/users/{id}/password</c>: an admin sets a user's console password (a first one, or a reset); the user's open sessions end.</summary>
public static class SetPasswordEndpoint
{
    public static ProblemDetails Validate(Guid id, SetPassword command, UserAccount? user) =>
        user is not { IsActive: true } ? Problems.NotFound($"There is no active user {id}.") : Passwords.Check("password", command.Password);

    [WolverinePut("/api/admin/users/{id}/password")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("Set a user's console password (a first one, or a reset)")]
    [EndpointDescription("Sets an active user's console password, a first one or a reset; the user's open console sessions end. An unknown or revoked user is a 404.")]
    [EmptyResponse]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static (Events, StoreObjects) Put(Guid id, SetPassword command, [WriteAggregate("id", Required = false)] UserAccount user) =>
        ([new PasswordSet(user.Id)], MartenOps.StoreObjects(UserCredential.Of(user.Id, command.Password!)));
}
