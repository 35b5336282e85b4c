using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Assembling;

public sealed class RemoveItemEndpoint : IssueEndpoint
{
    /// <summary>The ready item's stream, fetched for writing so its return to the pool is appended at its version (ADR 9).</summary>
    public static async Task<ReadyItem?> LoadAsync(Guid itemId, IDocumentSession session, CancellationToken cancellationToken) =>
        (await session.Events.FetchForWriting<ReadyItem>(ReadyItem.StreamIdFor(itemId), cancellationToken)).Aggregate;

    public static ProblemDetails Validate(string seriesId, int number, Guid itemId, long? expectedVersion, Issue? issue) =>
        (expectedVersion is null ? Problems.Validation("expectedVersion", "The query parameter expectedVersion is required.") : null)
        ?? Check(issue, seriesId, number, expectedVersion, "rearranged", IssueStatus.Draft)
        ?? (issue!.PlacementOf(itemId) is null ? NotInIssue(itemId, number) : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>Takes a placed item out of a draft issue; it goes back to the pool of ready items.</summary>
    [WolverineDelete("/api/series/{seriesId}/issues/{number}/items/{itemId}")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Remove an item from the issue, back to the pool")]
    [EndpointDescription("Takes a placed item out of the draft issue (expectedVersion in the query); it goes back to the pool of ready items. 409 version-conflict: expectedVersion is not the issue's current version (the answer's currentVersion is); 409 invalid-state: the issue is not a draft.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, IssueState>, Events, OutgoingMessages, OtherStreams) Delete(
        string seriesId, int number, Guid itemId, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue) =>
        (new(), [new IssueItemRemoved(itemId)], [new ItemUnplaced(itemId, seriesId, number)], new((ReadyItem.StreamIdFor(itemId), new ReadyItemReturned(number))));
}
