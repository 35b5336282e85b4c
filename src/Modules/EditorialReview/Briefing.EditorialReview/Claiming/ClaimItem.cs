using Briefing.Submission.Contracts;
using System.Security.Claims;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Claiming;

/// <param name="Takeover">Needed to claim an item another editor holds; the takeover is recorded.</param>
public sealed record ClaimItem(long ExpectedVersion, bool Takeover = false);

public sealed class ClaimItemEndpoint : ReviewItemEndpoint
{
    public static ProblemDetails Validate(Guid id, ClaimItem command, ReviewItem? item, ClaimsPrincipal user) =>
        Check(item, id, command.ExpectedVersion, "claimed", ItemStatus.Submitted, ItemStatus.InReview)
        ?? (item!.Assignee is { } holder && holder != Actor.From(user) && !command.Takeover
            ? Problems.InvalidState($"{holder.Name} has claimed this item; claim it with takeover: true to take it over.")
            : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>Claiming an item one holds already changes nothing.</summary>
    [WolverinePost("/api/review/items/{id}/claim")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Claim an item for review (takeover: true to take it from another editor)")]
    [EndpointDescription("Claims a submitted or in-review item: the caller becomes its assignee and it is in review; claiming an item one holds already changes nothing. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not submitted or in review, or another editor holds it (send takeover: true to take it over).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<ReviewItem, ReviewState>, Events, OutgoingMessages) Post(
        Guid id, ClaimItem command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item, ClaimsPrincipal user)
    {
        var editor = Actor.From(user)!;
        return item.Assignee switch
        {
            null => (new(), [new ReviewClaimed(editor)], [new ReviewStarted(id)]),
            var holder when holder == editor => (new(), [], []),
            var holder => (new(), [new ReviewTakenOver(holder, editor)], []),
        };
    }
}
