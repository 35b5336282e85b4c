using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.ReadingSubmissions;

public static class GetSubmissionEndpoint
{
    /// <summary>A contributor asking for another organisation's item gets the 404 of an item that does not exist.</summary>
    [WolverineGet("/api/submissions/{id}")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Submission"), EndpointSummary("Get a submission")]
    [EndpointDescription("Answers one submission: its text, status, version, who submitted it and when, and the reason when changes were requested. Another organisation's submission is a 404 to a contributor, as if it did not exist.")]
    public static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<SubmissionItem>(id, cancellationToken) is { } item && item.IsVisibleTo(user)
            ? TypedResults.Ok(SubmissionResponse.Of(item))
            : TypedResults.Problem(Problems.NotFound($"There is no submission {id}."));
}
