using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Publication.ReadingIssues;

public static class ListIssuesEndpoint
{
    [WolverineGet("/api/series/{seriesId}/issues")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Publication"), EndpointSummary("The issues of a series, by number")]
    [EndpointDescription("Lists the issues of a series by number, with their status.")]
    public static async Task<Results<Ok<IReadOnlyList<IssueSummary>>, ProblemHttpResult>> Get(string seriesId, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await PublicationSeries.OfAsync(session, seriesId, cancellationToken) is null)
        {
            return TypedResults.Problem(IssueEndpoint.NoSuchSeries(seriesId));
        }

        // Only the summary's fields come back from the database, not each published issue's frozen document.
        var issues = await session.Query<Issue>().Where(issue => issue.SeriesId == seriesId).OrderBy(issue => issue.Number)
            .Select(issue => new IssueSummary(issue.Id, issue.Number, issue.PeriodStart, issue.PeriodEnd, issue.Status, issue.PublishedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(issues);
    }
}
