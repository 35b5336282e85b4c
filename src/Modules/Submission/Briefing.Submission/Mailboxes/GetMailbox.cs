using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.Mailboxes;

/// <summary>How the last poll went; <see cref="Failures"/> polls failed in a row, and the next is due at <see cref="NextAt"/>.</summary>
public sealed record LastPoll(DateTimeOffset? At, string Outcome, string? Detail, int Taken, int Held, int Failures, DateTimeOffset? NextAt)
{
    public static LastPoll? Of(MailboxPollStatus? status) => status is null ? null
        : new(status.LastPollAt, status.Succeeded ? "ok" : "failed", status.Detail, status.Taken, status.Held, status.Failures, status.NextPollAt);
}

/// <summary>A mailbox's settings, never its password; the last poll once there was one.</summary>
public sealed record MailboxResponse(
    string SeriesId,
    string Host,
    int Port,
    MailSecurity Security,
    string User,
    string Folder,
    string? TakenFolder,
    int PollSeconds,
    long Version,
    LastPoll? LastPoll) : IViewOf<Mailbox, MailboxResponse>
{
    public static MailboxResponse From(Mailbox mailbox) => Of(mailbox, null);

    public static MailboxResponse Of(Mailbox mailbox, MailboxPollStatus? status) => new(
        mailbox.SeriesId, mailbox.Host, mailbox.Port, mailbox.Security, mailbox.User, mailbox.Folder, mailbox.TakenFolder,
        mailbox.PollSeconds, mailbox.Version, LastPoll.Of(status));
}

public static class GetMailboxEndpoint
{
    [WolverineGet("/api/series/{seriesId}/mailbox")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("Get the series' mailbox and its last poll")]
    [EndpointDescription("Answers the series' mailbox settings (never the password) and how the last poll went: when, ok or failed and why, how many messages it took or held, the failures in a row and when the next poll is due. 404: the series has no mailbox.")]
    public static async Task<Results<Ok<MailboxResponse>, ProblemHttpResult>> Get(string seriesId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<Mailbox>(Mailbox.StreamIdFor(seriesId), cancellationToken) is { } mailbox
            ? TypedResults.Ok(MailboxResponse.Of(mailbox, await session.LoadAsync<MailboxPollStatus>(seriesId, cancellationToken)))
            : TypedResults.Problem(Mailbox.Missing(seriesId));
}
