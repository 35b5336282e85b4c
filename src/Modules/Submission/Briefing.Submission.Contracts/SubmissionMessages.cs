using Wolverine.Attributes;

namespace Briefing.Submission.Contracts;

/// <summary>A new item for review. <see cref="ItemId"/> is the item's id in every module.</summary>
[MessageIdentity("submission.submission-received")]
public sealed record SubmissionReceived(
    Guid ItemId,
    string SeriesId,
    string OrgId,
    string? Section,
    string Headline,
    string Body,
    DateOnly? HappenedOn,
    DateTimeOffset SubmittedAt);

/// <summary>The contributor revised the item; <see cref="Resubmitted"/> when it answers a request for changes.</summary>
[MessageIdentity("submission.submission-revised")]
public sealed record SubmissionRevised(Guid ItemId, string? Section, string Headline, string Body, bool Resubmitted);

/// <summary>The contributor withdrew the item before it was accepted.</summary>
[MessageIdentity("submission.submission-withdrawn")]
public sealed record SubmissionWithdrawn(Guid ItemId, string? Reason);
