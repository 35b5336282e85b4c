using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Publication.Assembling;

public static class RemoveItemEndpoint
{
    /// <summary>Takes a placed item out of a draft issue; it goes back to the pool of ready items.</summary>
    [WolverineDelete("/api/series/{seriesId}/issues/{number}/items/{itemId}")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Remove an item from the issue, back to the pool")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<IssueState>, ProblemHttpResult>, OutgoingMessages)> Delete(
        string seriesId, int number, Guid itemId, long? expectedVersion, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        if (expectedVersion is null)
        {
            return (TypedResults.Problem(Problems.Validation("expectedVersion", "The query parameter expectedVersion is required.")), messages);
        }

        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, expectedVersion, "rearranged", [IssueStatus.Draft], cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var issue = stream.Aggregate!;
        if (issue.PlacementOf(itemId) is null)
        {
            return (TypedResults.Problem(IssueRules.NotInIssue(itemId, number)), messages);
        }

        var itemStream = await session.Events.FetchForWriting<ReadyItem>(ReadyItem.StreamIdFor(itemId), cancellationToken);
        stream.AppendOne(new IssueItemRemoved(itemId));
        itemStream.AppendOne(new ReadyItemReturned(number));
        messages.Add(new ItemUnplaced(itemId, seriesId, number));
        return (TypedResults.Ok(IssueState.After(issue, 1)), messages);
    }
}
