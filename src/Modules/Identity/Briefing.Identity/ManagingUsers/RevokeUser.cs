using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.ManagingUsers;

/// <summary>How many admins other than the one being revoked are active (counted only when revoking an active admin).</summary>
public sealed record OtherActiveAdmins(int Count);

public static class RevokeUserEndpoint
{
    /// <summary>Runs once Wolverine has loaded the user: the other active admins, which only revoking an active admin needs.</summary>
    public static async Task<OtherActiveAdmins> LoadAsync(Guid id, UserAccount? user, IQuerySession session, CancellationToken cancellationToken) =>
        new(user is { IsActive: true, Role: Roles.Admin }
            ? await session.Query<UserAccount>().CountAsync(other => other.Role == Roles.Admin && other.RevokedAt == null && other.Id != id, cancellationToken)
            : 0);

    /// <summary>A 404 for an unknown user; a 409 for the last active admin, whose loss would lock everyone out.</summary>
    public static ProblemDetails Validate(Guid id, UserAccount? user, OtherActiveAdmins others) =>
        user is null ? Problems.NotFound($"There is no user {id}.")
        : user is { IsActive: true, Role: Roles.Admin } && others.Count == 0 ? Problems.InvalidState("This is the last active admin; create another admin before revoking this one.")
        : WolverineContinue.NoProblems;

    [WolverineDelete("/api/admin/users/{id}")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("Revoke a user: their token stops working")]
    [EndpointDescription("Revokes a user: their token and console sessions stop working at once; revoking a revoked user changes nothing. 409 invalid-state: this is the last active admin, whose loss would lock everyone out (create another admin first).")]
    [EmptyResponse]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Events, OutgoingMessages) Delete(Guid id, [WriteAggregate("id", Required = false)] UserAccount user) => Revoke(user, "revoked by an admin");

    /// <summary>Revoking a user who is revoked already changes nothing; a revoked contributor no longer speaks for their organisation.</summary>
    public static (Events, OutgoingMessages) Revoke(UserAccount user, string reason) =>
        !user.IsActive ? ([], [])
        : user is { Role: Roles.Contributor, OrgId: { } orgId } ? ([new UserRevoked(user.Id, reason)], [new ContributorRevoked(orgId, user.Id)])
        : ([new UserRevoked(user.Id, reason)], []);

    /// <summary>
    /// The same revocation from the command line: the user loaded for writing as the endpoint's is,
    /// the same checks and decision; the events are appended, not saved, and the messages added to <paramref name="messages"/>. Answers
    /// <see cref="WolverineContinue.NoProblems"/> or the problem.
    /// </summary>
    public static async Task<ProblemDetails> RevokeAsync(IDocumentSession session, ICollection<object> messages, Guid id, string reason, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(id, cancellationToken);
        var problem = Validate(id, stream.Aggregate, await LoadAsync(id, stream.Aggregate, session, cancellationToken));
        if (problem == WolverineContinue.NoProblems)
        {
            var (events, told) = Revoke(stream.Aggregate!, reason);
            stream.AppendMany(events);
            foreach (var message in told)
            {
                messages.Add(message);
            }
        }

        return problem;
    }
}
