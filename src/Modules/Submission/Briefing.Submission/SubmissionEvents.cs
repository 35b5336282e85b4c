using Briefing.Identity.Contracts;

namespace Briefing.Submission;

/// <summary>
/// A contributor (or an editor on an organisation's behalf) submitted the item. It is stored at the
/// instant the other modules are told it was submitted: its timestamp says when. <see cref="Mail"/>
/// is set when the item came by e-mail (the series' 投稿邮箱).
/// </summary>
public sealed record ItemSubmitted(
    Guid ItemId,
    string SeriesId,
    string OrgId,
    string? Section,
    string Headline,
    string Body,
    DateOnly? HappenedOn,
    Actor SubmittedBy,
    MailOrigin? Mail = null);

/// <summary>The message an item came in: its Message-ID (or <c>sha256:</c> hash), sender, subject and when the mailbox received it.</summary>
public sealed record MailOrigin(string MessageId, string From, string Subject, DateTimeOffset ReceivedAt);

/// <summary>
/// The item came from an imported briefing, already published in issue <see cref="IssueNumber"/>,
/// whose period ended on <see cref="PeriodEnd"/> (absent from items imported before it was recorded).
/// </summary>
public sealed record SubmissionImported(
    Guid ItemId,
    string SeriesId,
    string OrgId,
    string Section,
    string Headline,
    string Body,
    int IssueNumber,
    string DocumentSha256,
    Actor ImportedBy,
    DateOnly? PeriodEnd = null);

public sealed record ItemRevised(string Headline, string Body, string? Section);

public sealed record ItemWithdrawn(string? Reason);

// What the other modules did with the item, as the contributor sees it.

public sealed record SubmissionInReview;

public sealed record SubmissionChangesRequested(string Reason);

public sealed record SubmissionAccepted(string? Section);

public sealed record SubmissionRejected(string Reason);

public sealed record SubmissionPlaced(int IssueNumber);

public sealed record SubmissionUnplaced(int IssueNumber);

/// <summary>The item's issue was published at <see cref="PublishedAt"/> (absent from items published before it was recorded: then the event's own instant).</summary>
public sealed record SubmissionPublished(int IssueNumber, DateTimeOffset? PublishedAt = null);

/// <summary>A leader gave an instruction (批示) on the published item, recorded by an editor.</summary>
public sealed record InstructionGiven(Guid InstructionId, string Leader, string Level, string Text, DateOnly GivenOn, Actor RecordedBy);
