using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Intake;

public sealed record DiscardMail(string? Reason, long? ExpectedVersion);

public sealed class DiscardMailEndpoint : IntakeEndpoint
{
    public static ProblemDetails Validate(Guid id, DiscardMail command, IncomingMail? mail) =>
        TextRules.Check("reason", command.Reason, TextLimits.Note, required: true)
        ?? Check(mail, id, command.ExpectedVersion, "discarded")
        ?? WolverineContinue.NoProblems;

    public static Guid MailStream(Guid id) => id;

    [WolverinePost("/api/intake/{id}/discard")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("Discard a waiting message")]
    [EndpointDescription("Takes the message off the intake list with a reason, recorded as an event; the message stays in the mailbox. 404: no such message; 409 invalid-state: it was assigned or discarded already.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<IncomingMail, IntakeState>, Events) Post(
        Guid id, DiscardMail command, [WriteAggregate(FromMethod = nameof(MailStream), Required = false)] IncomingMail mail) =>
        (new(), [new MailDiscarded(command.Reason!)]);
}
