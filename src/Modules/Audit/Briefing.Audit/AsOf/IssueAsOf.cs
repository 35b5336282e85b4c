using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.AsOf;

public sealed record AsOfResponse(
    Guid Id,
    string SeriesId,
    int Number,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Status,
    long Version,
    string? EditorNote,
    IReadOnlyList<DocumentSection> Sections,
    Actor? SignedOffBy,
    DateTimeOffset? PublishedAt,
    string? ContentHash,
    IReadOnlyList<ReplayedErratum> Errata,
    DateTimeOffset AsOf);

public static class IssueAsOfEndpoint
{
    /// <summary>The issue as it stood at an instant, rebuilt from the events recorded up to then (not from today's documents).</summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/as-of")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("The issue as it stood at an instant: composition, note and every item's text")]
    public static async Task<Results<Ok<AsOfResponse>, ProblemHttpResult>> Get(
        string seriesId, int number, DateTimeOffset? at, EventRecord events, CancellationToken cancellationToken)
    {
        if (at is not { } instant)
        {
            return TypedResults.Problem(Problems.Validation("at", "at (an ISO 8601 instant with offset) is required."));
        }

        var record = await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken);
        if (record is null || IssueReplay.Replay(record, stored => stored.Timestamp <= instant) is not { } issue)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' had no issue {number} at {instant:O}."));
        }

        return TypedResults.Ok(new AsOfResponse(issue.Id, seriesId, issue.Number, issue.PeriodStart, issue.PeriodEnd, issue.Status, issue.Version,
            issue.Document.EditorNote, issue.Document.Sections, issue.SignedOffBy, issue.PublishedAt, issue.ContentHash, issue.Errata, instant));
    }
}
