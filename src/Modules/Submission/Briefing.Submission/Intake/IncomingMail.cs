using Briefing.Kernel;

namespace Briefing.Submission.Intake;

/// <summary>Why a message waits in the intake list instead of becoming a submission by itself.</summary>
public enum MailProblem
{
    /// <summary>No organisation has the sender's address; an editor may assign it.</summary>
    UnknownSender,

    /// <summary>Only a .doc, .wps or .pdf: nothing the system can read.</summary>
    UnsupportedFormat,

    /// <summary>No text and no .docx.</summary>
    NoText,

    /// <summary>Over <see cref="TakingMail.MailReading.MaxBytes"/>: the content was not fetched.</summary>
    TooLarge,

    /// <summary>The MIME structure could not be read.</summary>
    Malformed,

    /// <summary>The .docx is encrypted or corrupt.</summary>
    UnreadableDocument,

    /// <summary>The text is longer than a submission may be, or holds characters no document can.</summary>
    UnusableText,
}

public enum IntakeStatus
{
    Submitted,
    Held,
    Assigned,
    Discarded,
}

/// <summary>
/// A message was taken from a series' mailbox: what it said, as read. <see cref="MessageId"/> is its
/// Message-ID, or <c>sha256:</c> and the hash of the raw message when it has none; the stream id
/// derives from it, so one message is one stream, whichever mailbox or poll met it.
/// </summary>
public sealed record MailReceived(
    Guid MailId,
    string SeriesId,
    string MessageId,
    string From,
    string Subject,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Attachments,
    string? Headline,
    string? Body);

/// <summary>The message became submission <see cref="ItemId"/> of the sender's organisation by itself.</summary>
public sealed record MailSubmitted(Guid ItemId, string OrgId);

/// <summary>The message waits for an editor, for <see cref="Reason"/>; <see cref="Text"/> says it in the console's words.</summary>
public sealed record MailHeld(MailProblem Reason, string Text);

/// <summary>An editor assigned the waiting message to an organisation: it became submission <see cref="ItemId"/>.</summary>
public sealed record MailAssigned(Guid ItemId, string OrgId, bool SenderRemembered);

/// <summary>An editor discarded the waiting message.</summary>
public sealed record MailDiscarded(string Reason);

/// <summary>A message taken from a mailbox, as built from its events (inline snapshot).</summary>
public sealed class IncomingMail
{
    public const string StreamKind = "mail";

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string SeriesId { get; set; } = "";
    public string MessageId { get; set; } = "";
    public string From { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public IReadOnlyList<string> Attachments { get; set; } = [];
    public string? Headline { get; set; }
    public string? Body { get; set; }
    public IntakeStatus Status { get; set; } = IntakeStatus.Held;
    public MailProblem? Reason { get; set; }
    public string? ReasonText { get; set; }
    public Guid? ItemId { get; set; }
    public string? OrgId { get; set; }
    public string? DiscardReason { get; set; }

    /// <summary>The stream of the message with that Message-ID (or hash): the same in every mailbox, on every poll.</summary>
    public static Guid StreamIdFor(string messageId) => StreamKeys.For(StreamKind, messageId);

    public static IncomingMail Create(MailReceived received) => new()
    {
        Id = received.MailId,
        SeriesId = received.SeriesId,
        MessageId = received.MessageId,
        From = received.From,
        Subject = received.Subject,
        ReceivedAt = received.ReceivedAt,
        Attachments = received.Attachments,
        Headline = received.Headline,
        Body = received.Body,
    };

    public void Apply(MailSubmitted submitted)
    {
        Status = IntakeStatus.Submitted;
        ItemId = submitted.ItemId;
        OrgId = submitted.OrgId;
    }

    public void Apply(MailHeld held)
    {
        Status = IntakeStatus.Held;
        Reason = held.Reason;
        ReasonText = held.Text;
    }

    public void Apply(MailAssigned assigned)
    {
        Status = IntakeStatus.Assigned;
        ItemId = assigned.ItemId;
        OrgId = assigned.OrgId;
    }

    public void Apply(MailDiscarded discarded)
    {
        Status = IntakeStatus.Discarded;
        DiscardReason = discarded.Reason;
    }
}
