using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.FromOtherModules;
using Briefing.Submission.Intake;
using Briefing.Submission.Senders;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Marten;

namespace Briefing.Submission.TakingMail;

public enum TakeOutcome
{
    Submitted,
    Held,

    /// <summary>A message with that Message-ID (or hash) was taken before: by an earlier poll, another mailbox, or a poll that stopped before marking it seen.</summary>
    AlreadyTaken,
}

/// <summary>
/// Stores what taking one message decided, in one transaction: the message's stream, the submission's
/// stream and the message to review (outbox). The message's stream id derives from its Message-ID, so
/// a second attempt, however it comes, finds it or collides with it and stores nothing.
/// </summary>
public sealed class MailIntake(IDocumentStore store, IServiceProvider services, TimeProvider clock)
{
    public async Task<TakeOutcome> TakeAsync(string seriesId, ReadMail mail, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(IncomingMail.StreamIdFor(mail.MessageId), cancellationToken) is not null)
        {
            return TakeOutcome.AlreadyTaken;
        }

        var owners = mail.From.Length > 0 ? await SetSendersEndpoint.OwnersOf(session, mail.From, cancellationToken) : [];
        var organisation = owners.Count > 0 ? owners[0] : null;
        var liaisons = organisation is null ? null : await session.LoadAsync<OrganisationLiaisons>(organisation.OrgId, cancellationToken);
        var now = clock.GetUtcNow();
        var decision = TakeMail.Decide(mail, seriesId, organisation, liaisons, now);

        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        using var actor = CurrentActor.Use(decision.Actor);
        session.Events.StartStream<IncomingMail>(decision.MailId, [.. decision.MailEvents]);
        if (decision.Submitted is { } submitted)
        {
            session.Events.StartStream<SubmissionItem>(submitted.ItemId, Stamped.At(now, submitted));
            await outbox.PublishAsync(decision.Received!);
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (IsCollision(e))
        {
            return TakeOutcome.AlreadyTaken;
        }

        return decision.Submitted is null ? TakeOutcome.Held : TakeOutcome.Submitted;
    }

    private static bool IsCollision(Exception e) =>
        e is ExistingStreamIdCollisionException
        || e.InnerException is ExistingStreamIdCollisionException
        || (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.UniqueViolation;
}
