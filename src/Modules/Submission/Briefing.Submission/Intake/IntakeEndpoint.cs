using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.Intake;

/// <summary>What a change to a waiting message answers: where it stands.</summary>
public sealed record IntakeState(Guid Id, IntakeStatus Status, Guid? ItemId, long Version) : IViewOf<IncomingMail, IntakeState>
{
    public static IntakeState From(IncomingMail mail) => new(mail.Id, mail.Status, mail.ItemId, mail.Version);
}

/// <summary>An endpoint that settles a message in the intake list; the route's id is the message's stream id.</summary>
public abstract class IntakeEndpoint
{
    /// <summary>A 404 for no such message; the version conflict when <paramref name="expectedVersion"/> is given and stale; a 409 invalid-state when it no longer waits.</summary>
    public static ProblemDetails? Check(IncomingMail? mail, Guid id, long? expectedVersion, string action) =>
        mail is null ? Problems.NotFound($"There is no message {id} in the intake list.")
        : (expectedVersion is { } expected ? Versions.Check(mail.Version, expected) : null)
          ?? (mail.Status == IntakeStatus.Held ? null : Problems.InvalidState($"This message was {mail.Status.Name()} already and cannot be {action}."));
}
