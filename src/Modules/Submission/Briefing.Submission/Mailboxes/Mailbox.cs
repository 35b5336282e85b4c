using Briefing.Kernel;

namespace Briefing.Submission.Mailboxes;

/// <summary>How the connection to the IMAP server is secured: none (a trusted network only), SSL from the start (993), or STARTTLS (143).</summary>
public enum MailSecurity
{
    None,
    Ssl,
    Starttls,
}

/// <summary>
/// The series' 投稿邮箱 was set up or changed. The password is not in the event: it is kept, encrypted,
/// in <see cref="MailboxSecret"/>; <see cref="PasswordChanged"/> records that it was given.
/// </summary>
public sealed record MailboxConfigured(
    string SeriesId,
    string Host,
    int Port,
    MailSecurity Security,
    string User,
    bool PasswordChanged,
    string Folder,
    string? TakenFolder,
    int PollSeconds);

/// <summary>A series' mailbox, read over IMAP (inline snapshot); its stream id derives from the series' slug.</summary>
public sealed class Mailbox
{
    public const string StreamKind = "mailbox";
    public const string DefaultFolder = "INBOX";
    public const int DefaultPollSeconds = 60;

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string SeriesId { get; set; } = "";
    public string Host { get; set; } = "";
    public int Port { get; set; }
    public MailSecurity Security { get; set; }
    public string User { get; set; } = "";
    public string Folder { get; set; } = DefaultFolder;
    public string? TakenFolder { get; set; }
    public int PollSeconds { get; set; } = DefaultPollSeconds;

    public static Guid StreamIdFor(string seriesId) => StreamKeys.For(StreamKind, seriesId);

    /// <summary>The 404 of a series without a mailbox.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Missing(string seriesId) => Problems.NotFound($"Series '{seriesId}' has no mailbox.");

    public static Mailbox Create(MailboxConfigured configured) => new Mailbox { Id = StreamIdFor(configured.SeriesId) }.With(configured);

    public void Apply(MailboxConfigured configured) => With(configured);

    private Mailbox With(MailboxConfigured configured)
    {
        SeriesId = configured.SeriesId;
        Host = configured.Host;
        Port = configured.Port;
        Security = configured.Security;
        User = configured.User;
        Folder = configured.Folder;
        TakenFolder = configured.TakenFolder;
        PollSeconds = configured.PollSeconds;
        return this;
    }
}

/// <summary>
/// A mailbox's password, encrypted with ASP.NET Core Data Protection (keys under the data directory):
/// a document, not an event, so neither the event log nor the audit ever holds it, and replacing it
/// leaves no copy behind. Its id is the series' id.
/// </summary>
public sealed class MailboxSecret
{
    public string Id { get; set; } = "";
    public string ProtectedPassword { get; set; } = "";
}

/// <summary>How the last poll of a mailbox went: the poller's working state, kept as a document (one per series) rather than an event a minute.</summary>
public sealed class MailboxPollStatus
{
    public string Id { get; set; } = "";
    public DateTimeOffset? LastPollAt { get; set; }
    public bool Succeeded { get; set; }
    public string? Detail { get; set; }
    public int Taken { get; set; }
    public int Held { get; set; }

    /// <summary>Polls that failed in a row; each waits longer before the next try (<see cref="TakingMail.PollSchedule"/>).</summary>
    public int Failures { get; set; }

    public DateTimeOffset? NextPollAt { get; set; }
}
