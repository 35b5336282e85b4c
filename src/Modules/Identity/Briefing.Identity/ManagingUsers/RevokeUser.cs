using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity.ManagingUsers;

public static class RevokeUserEndpoint
{
    [WolverineDelete("/api/admin/users/{id}")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("Revoke a user: their token stops working")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, IDocumentSession session, CancellationToken cancellationToken)
    {
        var problem = await RevokeAsync(session, id, "revoked by an admin", cancellationToken);
        return problem is null ? TypedResults.NoContent() : TypedResults.Problem(problem);
    }

    /// <summary>
    /// Appends <see cref="UserRevoked"/> (not saved yet); null when done or already revoked, else the
    /// problem: an unknown user, or the last active admin, whose loss would lock everyone out.
    /// </summary>
    public static async Task<ProblemDetails?> RevokeAsync(IDocumentSession session, Guid id, string reason, CancellationToken cancellationToken)
    {
        var user = await session.LoadAsync<UserAccount>(id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound($"There is no user {id}.");
        }

        if (!user.IsActive)
        {
            return null;
        }

        if (user.Role == Roles.Admin &&
            !await session.Query<UserAccount>().AnyAsync(other => other.Role == Roles.Admin && other.RevokedAt == null && other.Id != id, cancellationToken))
        {
            return Problems.InvalidState("This is the last active admin; create another admin before revoking this one.");
        }

        session.Events.Append(id, new UserRevoked(id, reason));
        return null;
    }
}
