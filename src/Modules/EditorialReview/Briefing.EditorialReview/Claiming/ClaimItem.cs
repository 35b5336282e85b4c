using System.Security.Claims;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.EditorialReview.Claiming;

/// <param name="Takeover">Needed to claim an item another editor holds; the takeover is recorded.</param>
public sealed record ClaimItem(long ExpectedVersion, bool Takeover = false);

public static class ClaimItemEndpoint
{
    [WolverinePost("/api/review/items/{id}/claim")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Claim an item for review (takeover: true to take it from another editor)")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> Post(
        Guid id, ClaimItem command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await ReviewRules.FetchAsync(session, id, command.ExpectedVersion, "claimed", [ReviewStatus.Submitted, ReviewStatus.InReview], cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        var editor = Actor.From(user)!;
        if (item.Assignee == editor)
        {
            return (TypedResults.Ok(ReviewState.After(item, 0)), messages);
        }

        if (item.Assignee is { } holder)
        {
            if (!command.Takeover)
            {
                return (TypedResults.Problem(Problems.InvalidState($"{holder.Name} has claimed this item; claim it with takeover: true to take it over.")), messages);
            }

            stream.AppendOne(new ReviewTakenOver(holder, editor));
            return (TypedResults.Ok(ReviewState.After(item, 1) with { Assignee = editor }), messages);
        }

        stream.AppendOne(new ReviewClaimed(editor));
        messages.Add(new ReviewStarted(id));
        return (TypedResults.Ok(ReviewState.After(item, 1) with { Status = ReviewStatus.InReview, Assignee = editor }), messages);
    }
}
