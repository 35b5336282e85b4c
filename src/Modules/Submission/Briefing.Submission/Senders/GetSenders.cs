using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.Senders;

public static class GetSendersEndpoint
{
    [WolverineGet("/api/orgs/{orgId}/senders")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("Get the addresses whose mail is the organisation's")]
    [EndpointDescription("Answers the e-mail addresses whose mail becomes this organisation's submission. 404: no such organisation.")]
    public static async Task<Results<Ok<SendersResponse>, ProblemHttpResult>> Get(string orgId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<Organisation>(Organisation.StreamIdFor(orgId), cancellationToken) is { } organisation
            ? TypedResults.Ok(SendersResponse.From(organisation))
            : TypedResults.Problem(Problems.NotFound($"There is no organisation '{orgId}'."));
}
