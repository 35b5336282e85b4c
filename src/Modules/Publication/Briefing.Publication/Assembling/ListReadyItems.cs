using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Publication.Assembling;

public sealed record ReadyItemResponse(Guid ItemId, string OrgId, string Section, string Headline, string Body, DateTimeOffset AcceptedAt);

public static class ListReadyItemsEndpoint
{
    [WolverineGet("/api/series/{seriesId}/ready-items")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Publication"), EndpointSummary("The pool: accepted items of the series not placed in an issue, oldest first")]
    [EndpointDescription("Lists the series' pool of ready items: accepted items not placed in an issue, oldest first.")]
    public static async Task<Results<Ok<IReadOnlyList<ReadyItemResponse>>, ProblemHttpResult>> Get(string seriesId, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await PublicationSeries.OfAsync(session, seriesId, cancellationToken) is null)
        {
            return TypedResults.Problem(IssueEndpoint.NoSuchSeries(seriesId));
        }

        var items = await session.Query<ReadyItem>()
            .Where(item => item.SeriesId == seriesId && item.IssueNumber == null && !item.Published)
            .OrderBy(item => item.AcceptedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReadyItemResponse>>(items
            .Select(item => new ReadyItemResponse(item.ItemId, item.OrgId, item.Section, item.Headline, item.Body, item.AcceptedAt))
            .ToList());
    }
}
