using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Submission.RegisteringOrganisations;

public static class ListOrganisationsEndpoint
{
    [WolverineGet("/api/orgs")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Organisations and series"), EndpointSummary("List organisations")]
    [EndpointDescription("Lists every organisation by id, with its kind and the aliases an import recognises it by.")]
    public static async Task<IReadOnlyList<OrganisationResponse>> Get(IQuerySession session, CancellationToken cancellationToken) =>
        (await session.Query<Organisation>().OrderBy(organisation => organisation.OrgId).ToListAsync(cancellationToken))
        .Select(OrganisationResponse.Of).ToList();
}
