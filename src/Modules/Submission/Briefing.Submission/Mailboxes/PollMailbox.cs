using Briefing.Identity.Contracts;
using Briefing.Submission.TakingMail;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.Mailboxes;

public static class PollMailboxEndpoint
{
    [WolverinePost("/api/series/{seriesId}/mailbox/poll")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("E-mail intake"), EndpointSummary("Poll the series' mailbox now")]
    [EndpointDescription("Reads the series' mailbox now instead of at the next interval (收取): every unseen message becomes a submission or waits in the intake list. Answers 200 with the mailbox and this poll's outcome, which says why when the server could not be read (a failed poll is not an error of this request). 404: the series has no mailbox.")]
    public static async Task<Results<Ok<MailboxResponse>, ProblemHttpResult>> Post(string seriesId, MailboxPolls polls, IQuerySession session, CancellationToken cancellationToken) =>
        await polls.PollAsync(seriesId, cancellationToken) is { } status
        && await session.LoadAsync<Mailbox>(Mailbox.StreamIdFor(seriesId), cancellationToken) is { } mailbox
            ? TypedResults.Ok(MailboxResponse.Of(mailbox, status))
            : TypedResults.Problem(Mailbox.Missing(seriesId));
}
