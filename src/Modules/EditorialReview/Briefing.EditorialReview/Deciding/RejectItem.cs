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

namespace Briefing.EditorialReview.Deciding;

public sealed record RejectItem(string? Reason, long ExpectedVersion);

public static class RejectItemEndpoint
{
    public static ProblemDetails Validate(RejectItem command) =>
        TextRules.Check("reason", command.Reason, ReviewRules.MaxNoteLength, required: true) ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/reject")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Reject the item")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> Reject(
        Guid id, RejectItem command, IDocumentSession session, CancellationToken cancellationToken) =>
        Decisions.DecideAsync(session, id, command.ExpectedVersion, "rejected", ReviewStatus.Rejected, Decisions.NothingElse,
            _ => new ReviewRejected(command.Reason!), _ => new ItemRejected(id, command.Reason!), cancellationToken);
}
