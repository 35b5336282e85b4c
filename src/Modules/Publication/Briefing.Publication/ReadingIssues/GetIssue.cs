using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Publication.ReadingIssues;

public static class GetIssueEndpoint
{
    /// <summary>A draft shows its items' current text; a published issue the text it was published with.</summary>
    [WolverineGet("/api/series/{seriesId}/issues/{number}")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Publication"), EndpointSummary("An issue: its sections and items, status and errata")]
    [EndpointDescription("Answers an issue: its status, version, editor's note, sections with their items in order, and errata. A draft shows its items' current text, a published issue the text it was published with.")]
    public static async Task<Results<Ok<IssueView>, ProblemHttpResult>> Get(string seriesId, int number, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<Issue>(Issue.StreamIdFor(seriesId, number), cancellationToken) is { } issue
            ? TypedResults.Ok(IssueResponse.Of(issue, await IssueDocuments.OfAsync(session, issue, cancellationToken)))
            : TypedResults.Problem(IssueEndpoint.NoSuchIssue(seriesId, number));
}
