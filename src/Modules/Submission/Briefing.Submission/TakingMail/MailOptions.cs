namespace Briefing.Submission.TakingMail;

/// <summary>The poller's settings (<c>Briefing:Mail:*</c>); each mailbox's own interval is in its settings.</summary>
public sealed class MailOptions
{
    /// <summary><c>Briefing:Mail:Polling</c>: false stops the background poller (polls then run only when asked, <c>POST .../mailbox/poll</c>).</summary>
    public bool Polling { get; set; } = true;

    /// <summary><c>Briefing:Mail:ScanSeconds</c>: how often the poller looks for mailboxes set up or changed.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Briefing:Mail:RetrySeconds</c>: the wait after a first failed poll; it doubles with each further failure.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Briefing:Mail:TimeoutSeconds</c>: how long one IMAP command may take before the poll fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Briefing:Mail:TrustedCertificate</c>: the SHA-1 thumbprint (hex) of a server certificate to trust
    /// although no authority signed it (an office's own mail server). Other certificates are checked as usual.
    /// </summary>
    public string? TrustedCertificate { get; set; }
}
