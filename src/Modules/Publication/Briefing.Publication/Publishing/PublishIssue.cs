using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Publishing;

public sealed record PublishIssue(long ExpectedVersion);

public sealed record PublishedResponse(string ContentHash, DateTimeOffset PublishedAt, long Version) : IViewOf<Issue, PublishedResponse>
{
    public static PublishedResponse From(Issue issue) => new(issue.ContentHash!, issue.PublishedAt!.Value, issue.Version);
}

public sealed class PublishIssueEndpoint : IssueEndpoint
{
    public static async Task<DraftText?> LoadAsync(Issue? issue, IQuerySession session, CancellationToken cancellationToken) =>
        issue is null ? null : await IssueDocuments.DraftAsync(session, issue, cancellationToken);

    /// <summary>
    /// Only the text signed off is published. Every change known to alter it voids the sign-off as it
    /// happens; should the text differ all the same, publishing is refused and changes nothing: the
    /// chief editor signs off the text as it is now (<see cref="SigningOff.SignOffIssueEndpoint"/>).
    /// </summary>
    public static ProblemDetails Validate(string seriesId, int number, PublishIssue command, Issue? issue, DraftText? draft) =>
        Check(issue, seriesId, number, command.ExpectedVersion, "published (only a signed-off issue can be published)", IssueStatus.SignedOff)
        ?? (draft!.ContentHash != issue!.SignedOffHash
            ? Problems.InvalidState($"The text of issue {number} changed after it was signed off; sign it off again.")
            : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>
    /// Freezes the signed-off text: the issue's document and canonical Markdown, with its SHA-256,
    /// go into the published event, and every placed item becomes published in every module.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/publish")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Tags("Publication"), EndpointSummary("Publish the signed-off issue (chief editor)")]
    [EndpointDescription("The chief editor publishes the signed-off issue: its text is frozen and its items are published. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the issue is not signed off, or its text changed after the sign-off (sign it off again). A refused publish stores nothing.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, PublishedResponse>, Events, OutgoingMessages, OtherStreams) Post(
        string seriesId, int number, PublishIssue command, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue, DraftText draft, TimeProvider clock)
    {
        // An edit landing meanwhile also appends to the issue's stream (IssueItemRevised), which makes this a 409 rather than publishing stale text.
        var items = draft.Document.Sections.SelectMany(section => section.Items).ToList();
        var published = new IssuePublished(draft.Document, draft.Markdown, draft.ContentHash, clock.GetUtcNow());
        return (new(), [Stamped.At(published.PublishedAt, published)],
            [.. items.Select(item => new ItemPublished(item.ItemId, seriesId, number, item.Headline, item.Body, published.PublishedAt))],
            new(items.Select(item => (ReadyItem.StreamIdFor(item.ItemId), (object)new ReadyItemPublished(number)))));
    }
}
