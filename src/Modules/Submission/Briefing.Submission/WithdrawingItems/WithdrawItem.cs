using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.WithdrawingItems;

public sealed record WithdrawItem(long ExpectedVersion, string? Reason);

public sealed class WithdrawItemEndpoint : SubmissionEndpoint
{
    public static ProblemDetails Validate(Guid id, WithdrawItem command, SubmissionItem? item, ClaimsPrincipal user) =>
        TextRules.Check("reason", command.Reason, TextLimits.Note, required: false)
        ?? Check(item, id, user, command.ExpectedVersion, "withdrawn", ItemStatuses.Withdrawable)
        ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/submissions/{id}/withdraw")]
    [Authorize(Policy = Policies.Contributor)]
    [Tags("Submission"), EndpointSummary("Withdraw a submission that is not accepted yet")]
    [EndpointDescription("Withdraws a submission, with an optional reason, while it is submitted, in review or changes-requested. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is accepted, rejected or withdrawn already.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<SubmissionItem, SubmissionState>, Events, OutgoingMessages) Post(
        Guid id, WithdrawItem command, [WriteAggregate("id", Required = false)] SubmissionItem item) =>
        (new(), [new ItemWithdrawn(command.Reason)], [new SubmissionWithdrawn(id, command.Reason)]);
}
