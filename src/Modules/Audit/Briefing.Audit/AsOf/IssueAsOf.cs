using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.AsOf;

public static class IssueAsOfEndpoint
{
    /// <summary>The issue as it stood at an instant, rebuilt from the events recorded up to then (not from today's documents).</summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/as-of")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("The issue as it stood at an instant: composition, note and every item's text")]
    [EndpointDescription("Rebuilds the issue as it stood at an instant (at: ISO 8601 with offset) from the events recorded up to then: composition, editor's note and every item's text; before the issue existed, a 404.")]
    public static async Task<Results<Ok<IssueView>, ProblemHttpResult>> Get(
        string seriesId, int number, string? at, EventRecord events, CancellationToken cancellationToken)
    {
        if (Instants.Parse(at) is not { } instant)
        {
            return TypedResults.Problem(Problems.Validation("at", Instants.Rule("at")));
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
}
