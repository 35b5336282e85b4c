using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Submission.Intake;

/// <summary>A message waiting for an editor: <see cref="Reason"/> says why in the console's words, <see cref="ReasonCode"/> as a code; <see cref="Assignable"/> when it has text a submission can take.</summary>
public sealed record IntakeEntry(
    Guid Id,
    string SeriesId,
    string From,
    string Subject,
    DateTimeOffset ReceivedAt,
    string Reason,
    MailProblem ReasonCode,
    IReadOnlyList<string> Attachments,
    string? Headline,
    string? Body,
    bool Assignable,
    long Version)
{
    public static IntakeEntry Of(IncomingMail mail) => new(
        mail.Id, mail.SeriesId, mail.From, mail.Subject, mail.ReceivedAt, mail.ReasonText ?? "", mail.Reason ?? MailProblem.UnknownSender,
        mail.Attachments, mail.Headline, mail.Body, mail.Body is not null && mail.Reason == MailProblem.UnknownSender, mail.Version);
}

public static class ListIntakeEndpoint
{
    [WolverineGet("/api/intake")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("List the mail waiting for an editor")]
    [EndpointDescription("Answers the messages that could not become submissions by themselves, oldest first: from an unknown address, or with nothing usable (too large, no text and no .docx, only a .doc/.wps/.pdf, malformed, an encrypted or corrupt .docx), each with the reason in words. seriesId narrows the list to one series' mailbox.")]
    public static async Task<IReadOnlyList<IntakeEntry>> Get(string? seriesId, IQuerySession session, CancellationToken cancellationToken)
    {
        var waiting = session.Query<IncomingMail>().Where(mail => mail.Status == IntakeStatus.Held);
        if (seriesId is not null)
        {
            waiting = waiting.Where(mail => mail.SeriesId == seriesId);
        }

        return (await waiting.OrderBy(mail => mail.ReceivedAt).ToListAsync(cancellationToken)).Select(IntakeEntry.Of).ToList();
    }
}
