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

public sealed record RequestChanges(string? Reason, long ExpectedVersion);

public static class RequestChangesEndpoint
{
    public static ProblemDetails Validate(RequestChanges command) =>
        TextRules.Check("reason", command.Reason, ReviewRules.MaxNoteLength, required: true) ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/request-changes")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Send the item back to its contributor with a reason")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> RequestChanges(
        Guid id, RequestChanges command, IDocumentSession session, CancellationToken cancellationToken) =>
        Decisions.DecideAsync(session, id, command.ExpectedVersion, "sent back", ReviewStatus.ChangesRequested, Decisions.NothingElse,
            _ => new ReviewChangesRequested(command.Reason!), _ => new ChangesRequested(id, command.Reason!), cancellationToken);
}
