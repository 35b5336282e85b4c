using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Deciding;

public sealed record RequestChanges(string? Reason, long ExpectedVersion);

public sealed class RequestChangesEndpoint : ReviewItemEndpoint
{
    public static ProblemDetails Validate(Guid id, RequestChanges command, ReviewItem? item) =>
        TextRules.Check("reason", command.Reason, TextLimits.Note, required: true)
        ?? Check(item, id, command.ExpectedVersion, "sent back", ItemStatus.InReview)
        ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/request-changes")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Send the item back to its contributor with a reason")]
    [EndpointDescription("Sends the item in review back to its contributor with a reason; the submission is changes-requested until revised. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not in review.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<ReviewItem, ReviewState>, Events, OutgoingMessages) Post(
        Guid id, RequestChanges command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item) =>
        (new(), [new ReviewChangesRequested(command.Reason!)], [new ChangesRequested(id, command.Reason!)]);
}
