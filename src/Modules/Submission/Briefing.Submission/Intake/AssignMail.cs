using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.FromOtherModules;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Submission.Senders;
using Briefing.Submission.TakingMail;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Intake;

/// <param name="RememberSender">Also add the sender's address to the organisation's, so its next mail needs nobody.</param>
public sealed record AssignMail(string? OrgId, bool? RememberSender, long? ExpectedVersion);

/// <summary>The organisation named, its liaisons, and who holds the sender's address now.</summary>
public sealed record AssignTarget(Organisation? Organisation, OrganisationLiaisons? Liaisons, IReadOnlyList<Organisation> SenderOwners);

public sealed class AssignMailEndpoint : IntakeEndpoint
{
    public static async Task<AssignTarget> LoadAsync(Guid id, AssignMail command, IQuerySession session, CancellationToken cancellationToken)
    {
        if (command.OrgId is not { } orgId)
        {
            return new(null, null, []);
        }

        var mail = await session.LoadAsync<IncomingMail>(id, cancellationToken);
        return new(await session.LoadAsync<Organisation>(Organisation.StreamIdFor(orgId), cancellationToken),
            await session.LoadAsync<OrganisationLiaisons>(orgId, cancellationToken),
            mail is { From.Length: > 0 } ? await SetSendersEndpoint.OwnersOf(session, mail.From, cancellationToken) : []);
    }

    public static ProblemDetails Validate(Guid id, AssignMail command, IncomingMail? mail, AssignTarget target) =>
        (string.IsNullOrEmpty(command.OrgId) ? Problems.Validation("orgId", "orgId is required: the organisation the message is from.") : null)
        ?? Check(mail, id, command.ExpectedVersion, "assigned")
        ?? (target.Organisation is null ? Problems.Validation("orgId", $"There is no organisation '{command.OrgId}'.") : null)
        ?? (mail!.Body is null || mail.Reason != MailProblem.UnknownSender
            ? Problems.InvalidState($"This message has nothing a submission can take ({mail.ReasonText}); discard it and ask the sender to send the text or a .docx.")
            : null)
        ?? (command.RememberSender == true && mail.From.Length == 0 ? Problems.Validation("rememberSender", "The message has no sender address to remember.") : null)
        ?? (command.RememberSender == true && target.SenderOwners.FirstOrDefault(owner => owner.OrgId != command.OrgId) is { } other
            ? Problems.Conflict($"The address {mail.From} belongs to organisation '{other.OrgId}' already.")
            : null)
        ?? WolverineContinue.NoProblems;

    public static Guid MailStream(Guid id) => id;

    [WolverinePost("/api/intake/{id}/assign")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("Assign a waiting message to an organisation")]
    [EndpointDescription("Makes the waiting message a submission of the organisation named (its headline, else the organisation's name; submitted by the organisation's one liaison, else mail:<address>), and with rememberSender adds the sender's address to the organisation's. Answers 201 with the submission's id. 404: no such message; 400: no such organisation; 409 invalid-state: the message was assigned or discarded already, or has nothing a submission can take (discard it); 409 already-exists: rememberSender, and the address is another organisation's.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<SubmissionState>, Events, IStartStream, OutgoingMessages) Post(
        Guid id, AssignMail command, [WriteAggregate(FromMethod = nameof(MailStream), Required = false)] IncomingMail mail, AssignTarget target,
        IDocumentSession session, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var (assigned, submitted, received, senders) = Decide(mail, target, command.RememberSender == true, now);
        if (senders is not null)
        {
            session.Events.Append(Organisation.StreamIdFor(senders.OrgId), senders);
        }

        return (TypedResults.Created($"/api/submissions/{submitted.ItemId}", new SubmissionState(submitted.ItemId, 1, Contracts.ItemStatus.Submitted)),
            [assigned], MartenOps.StartStream<SubmissionItem>(submitted.ItemId, Stamped.At(now, submitted)), [received]);
    }

    /// <summary>The message's event, the submission's first event and message, and the organisation's new senders when the address is to be remembered.</summary>
    public static (MailAssigned, ItemSubmitted, Contracts.SubmissionReceived, SendersSet?) Decide(IncomingMail mail, AssignTarget target, bool rememberSender, DateTimeOffset now)
    {
        var organisation = target.Organisation!;
        var (submitted, received) = TakeMail.Submit(mail, organisation, OrganisationLiaisons.AuthorOf(target.Liaisons, mail.From), now);
        var senders = rememberSender && !organisation.Senders.Contains(mail.From) ? SetSendersEndpoint.Decide(organisation.OrgId, [.. organisation.Senders, mail.From]) : null;
        return (new MailAssigned(submitted.ItemId, organisation.OrgId, senders is not null), submitted, received, senders);
    }
}
