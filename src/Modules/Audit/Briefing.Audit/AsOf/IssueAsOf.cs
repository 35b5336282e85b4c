using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.AsOf;

public static partial class IssueAsOfEndpoint
{
    /// <summary>The issue as it stood at an instant, rebuilt from the events recorded up to then (not from today's documents).</summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/as-of")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("The issue as it stood at an instant: composition, note and every item's text")]
    [EndpointDescription("Rebuilds the issue as it stood at an instant (at: ISO 8601 with offset) from the events recorded up to then: composition, editor's note and every item's text; before the issue existed, a 404.")]
    public static async Task<Results<Ok<IssueView>, ProblemHttpResult>> Get(
        string seriesId, int number, string? at, EventRecord events, CancellationToken cancellationToken)
    {
        if (Instant(at) is not { } instant)
        {
            return TypedResults.Problem(Problems.Validation("at", "at must be an ISO 8601 instant with its offset, e.g. 2025-04-17T18:00:00+08:00 or 2025-04-17T10:00:00Z."));
        }

        var record = await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken);
        if (record is null || IssueReplay.Replay(record, stored => stored.Timestamp <= instant) is not { } issue)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' had no issue {number} at {instant:O}."));
        }

        return TypedResults.Ok(new IssueView(issue.Id, seriesId, issue.Number, issue.PeriodStart, issue.PeriodEnd, issue.Status, issue.Version,
            issue.Document.EditorNote, issue.Document.Sections, issue.SignedOffBy, issue.PublishedAt, issue.ContentHash, issue.Errata)
        { AsOf = instant, ImportedFrom = issue.ImportedFrom });
    }

    /// <summary>An instant with its offset: without one it would be read in the server's time zone.</summary>
    private static DateTimeOffset? Instant(string? text) =>
        text is not null && OffsetAtEnd().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetAtEnd();
}
