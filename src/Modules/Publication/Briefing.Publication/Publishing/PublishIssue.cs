using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Publication.Publishing;

public sealed record PublishIssue(long ExpectedVersion);

public sealed record PublishedResponse(string ContentHash, DateTimeOffset PublishedAt, long Version);

public static class PublishIssueEndpoint
{
    /// <summary>
    /// Freezes the signed-off text: the issue's document and canonical Markdown, with its SHA-256,
    /// go into the published event, and every placed item becomes published in every module.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/publish")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Tags("Publication"), EndpointSummary("Publish the signed-off issue (chief editor)")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<PublishedResponse>, ProblemHttpResult>, OutgoingMessages)> Post(
        string seriesId, int number, PublishIssue command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion,
            "published (only a signed-off issue can be published)", [IssueStatus.SignedOff], cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var issue = stream.Aggregate!;
        var document = await IssueDocuments.DraftAsync(session, issue, cancellationToken);
        var markdown = MarkdownRenderer.Render(document);
        var contentHash = CanonicalMarkdown.HashOf(markdown);
        if (contentHash != issue.SignedOffHash)
        {
            // Every known change voids the sign-off as it happens; should one slip through, void it now rather than leave the issue stuck.
            stream.AppendOne(new IssueSignOffVoided("The text changed after sign-off.", null));
            return (TypedResults.Problem(Problems.InvalidState($"The text of issue {number} changed after it was signed off; sign it off again.")), messages);
        }

        // An edit landing meanwhile also appends to the issue's stream (IssueItemRevised), which makes this a 409 rather than publishing stale text.
        foreach (var item in document.Sections.SelectMany(section => section.Items))
        {
            session.Events.Append(ReadyItem.StreamIdFor(item.ItemId), new ReadyItemPublished(number));
            messages.Add(new ItemPublished(item.ItemId, seriesId, number, item.Headline, item.Body));
        }

        var published = new IssuePublished(document, markdown, contentHash, DatabaseClock.Now);
        stream.AppendAt(published, published.PublishedAt);
        return (TypedResults.Ok(new PublishedResponse(contentHash, published.PublishedAt, issue.Version + 1)), messages);
    }
}
