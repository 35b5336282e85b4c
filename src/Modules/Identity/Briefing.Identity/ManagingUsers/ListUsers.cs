using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Identity.ManagingUsers;

public sealed record UserSummary(Guid Id, string Name, string Role, string? OrgId, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static UserSummary Of(UserAccount user) =>
        new(user.Id, user.Name, user.Role, user.OrgId, user.IsActive, user.CreatedAt, user.RevokedAt);
}

public static class ListUsersEndpoint
{
    [WolverineGet("/api/admin/users")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Users"), EndpointSummary("List users, revoked ones included")]
    [EndpointDescription("Lists every user, oldest first, revoked ones included, with role, organisation and whether they are active. Tokens are never shown again.")]
    public static async Task<IReadOnlyList<UserSummary>> Get(IQuerySession session, CancellationToken cancellationToken) =>
        (await ListAsync(session, cancellationToken)).Select(UserSummary.Of).ToList();

    /// <summary>Every user, revoked ones included, oldest first.</summary>
    public static Task<IReadOnlyList<UserAccount>> ListAsync(IQuerySession session, CancellationToken cancellationToken) =>
        session.Query<UserAccount>().OrderBy(user => user.CreatedAt).ToListAsync(cancellationToken);
}
