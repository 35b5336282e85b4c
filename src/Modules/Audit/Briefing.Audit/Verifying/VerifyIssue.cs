using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.Verifying;

public sealed record VerifyResponse(bool Published, string? StoredHash, string? ReplayedHash, bool Match, ChainReport Chain);

public static class VerifyIssueEndpoint
{
    /// <summary>
    /// Rebuilds the issue's text from the events recorded before its publication, renders the
    /// canonical Markdown and compares its SHA-256 with the published contentHash; and walks the
    /// hash chain of every stream involved (the issue, its series, and each item's streams in every module).
    /// </summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/verify")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("Verify the published text against the events, and the tamper-evidence chain")]
    [EndpointDescription("Replays the events to rebuild the published text and compares its SHA-256 with the stored hash, and checks the tamper-evidence chain of every stream involved (the issue, its series and every item's streams).")]
    public static async Task<Results<Ok<VerifyResponse>, ProblemHttpResult>> Get(string seriesId, int number, EventRecord events, CancellationToken cancellationToken)
    {
        if (await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' has no issue {number}."));
        }

        var chain = ChainCheck.Walk(record.Events, await events.StreamVersionsAsync([.. record.StreamIds], cancellationToken), record.StreamIds);
        var published = record.Published;
        // Cut by what the chain covers (versions and instants), not by the store's sequence numbers.
        var replayed = IssueReplay.Replay(record, stored => published is null
            || (stored.StreamId == record.IssueStream ? stored.Version < published.Version : stored.Timestamp <= published.Timestamp));
        var replayedHash = replayed is null ? null : CanonicalMarkdown.HashOf(MarkdownRenderer.Render(replayed.Document));
        var storedHash = published?.Data.Text("contentHash");
        return TypedResults.Ok(new VerifyResponse(published is not null, storedHash, replayedHash, storedHash is not null && storedHash == replayedHash, chain));
    }
}
