using Briefing.Submission.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;

namespace Briefing.Submission.ReadingSubmissions;

/// <summary>What a change to a submission answers: where it now stands.</summary>
public sealed record SubmissionState(Guid Id, long Version, ItemStatus Status) : IViewOf<SubmissionItem, SubmissionState>
{
    public static SubmissionState From(SubmissionItem item) => new(item.Id, item.Version, item.Status);
}

public sealed record SubmissionResponse(
    Guid Id,
    string SeriesId,
    string OrgId,
    string? Section,
    string Headline,
    string Body,
    DateOnly? HappenedOn,
    ItemStatus Status,
    long Version,
    DateTimeOffset SubmittedAt,
    Actor SubmittedBy,
    ChangesRequest? ChangesRequested,
    int? IssueNumber,
    MailOrigin? Mail)
{
    public static SubmissionResponse Of(SubmissionItem item) => new(
        item.Id, item.SeriesId, item.OrgId, item.Section, item.Headline, item.Body, item.HappenedOn,
        item.Status, item.Version, item.SubmittedAt, item.SubmittedBy, item.ChangesRequested, item.IssueNumber, item.Mail);
}

public sealed record SubmissionPage(IReadOnlyList<SubmissionResponse> Items, long Total);
