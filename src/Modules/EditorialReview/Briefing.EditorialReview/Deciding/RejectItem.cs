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

public sealed record RejectItem(string? Reason, long ExpectedVersion);

public sealed class RejectItemEndpoint : ReviewItemEndpoint
{
    public static ProblemDetails Validate(Guid id, RejectItem command, ReviewItem? item) =>
        TextRules.Check("reason", command.Reason, TextLimits.Note, required: true)
        ?? Check(item, id, command.ExpectedVersion, "rejected", ItemStatus.InReview)
        ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/reject")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Reject the item")]
    [EndpointDescription("Rejects the item in review with a reason, which its contributor sees. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not in review.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<ReviewItem, ReviewState>, Events, OutgoingMessages) Post(
        Guid id, RejectItem command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item) =>
        (new(), [new ReviewRejected(command.Reason!)], [new ItemRejected(id, command.Reason!)]);
}
