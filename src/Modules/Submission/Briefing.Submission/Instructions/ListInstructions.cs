using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.Instructions;

public static class ListInstructionsEndpoint
{
    [WolverineGet("/api/series/{seriesId}/issues/{number}/items/{itemId}/instructions")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Adoption statistics"), EndpointSummary("List the leaders' instructions on an item")]
    [EndpointDescription("Answers the instructions recorded on an item of the issue, in the order they were recorded: id, leader, level, text, givenOn, who recorded it and when. An item of an issue not yet published has none. 404: the issue has no such item.")]
    public static async Task<Results<Ok<IReadOnlyList<Instruction>>, ProblemHttpResult>> Get(
        string seriesId, int number, Guid itemId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<SubmissionItem>(itemId, cancellationToken) is { } item && item.SeriesId == seriesId && item.IssueNumber == number
            ? TypedResults.Ok<IReadOnlyList<Instruction>>(item.Instructions)
            : TypedResults.Problem(Problems.NotFound($"Issue {number} of series '{seriesId}' has no item {itemId}."));
}
