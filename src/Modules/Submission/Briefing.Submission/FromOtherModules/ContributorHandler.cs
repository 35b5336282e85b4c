using Briefing.Identity.Contracts;
using Marten;

namespace Briefing.Submission.FromOtherModules;

/// <summary>Keeps each organisation's contributors (<see cref="OrganisationLiaisons"/>) as Identity creates and revokes them.</summary>
public static class ContributorHandler
{
    public static async Task Handle(ContributorRegistered registered, IDocumentSession session, CancellationToken cancellationToken) =>
        session.Store((await LoadAsync(session, registered.OrgId, cancellationToken)).With(registered.UserId, registered.Name));

    public static async Task Handle(ContributorRevoked revoked, IDocumentSession session, CancellationToken cancellationToken) =>
        session.Store((await LoadAsync(session, revoked.OrgId, cancellationToken)).Without(revoked.UserId));

    private static async Task<OrganisationLiaisons> LoadAsync(IDocumentSession session, string orgId, CancellationToken cancellationToken) =>
        await session.LoadAsync<OrganisationLiaisons>(orgId, cancellationToken) ?? new OrganisationLiaisons { Id = orgId };
}
