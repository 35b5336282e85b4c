using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Submission.WithdrawingItems;

public sealed record WithdrawItem(long ExpectedVersion, string? Reason);

public static class WithdrawItemEndpoint
{
    public const int MaxReasonLength = 2000;

    public static ProblemDetails Validate(WithdrawItem command) =>
        TextRules.Check("reason", command.Reason, MaxReasonLength, required: false) ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/submissions/{id}/withdraw")]
    [Authorize(Policy = Policies.Contributor)]
    [Tags("Submission"), EndpointSummary("Withdraw a submission that is not accepted yet")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<SubmissionState>, ProblemHttpResult>, OutgoingMessages)> Post(
        Guid id, WithdrawItem command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await session.FetchVisibleForWritingAsync(id, command.ExpectedVersion, user, cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        if (!item.MayBeWithdrawn)
        {
            return (TypedResults.Problem(Problems.InvalidState($"A submission that is {item.Status} cannot be withdrawn.")), messages);
        }

        stream.AppendOne(new ItemWithdrawn(command.Reason));
        messages.Add(new SubmissionWithdrawn(id, command.Reason));
        return (TypedResults.Ok(new SubmissionState(id, item.Version + 1, ItemStatus.Withdrawn)), messages);
    }
}
