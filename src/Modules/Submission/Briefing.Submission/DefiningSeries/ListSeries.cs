using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Submission.DefiningSeries;

public static class ListSeriesEndpoint
{
    [WolverineGet("/api/series")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Organisations and series"), EndpointSummary("List every series")]
    [EndpointDescription("Lists every series by id, with its sections.")]
    public static async Task<IReadOnlyList<SeriesResponse>> Get(IQuerySession session, CancellationToken cancellationToken) =>
        (await session.Query<Series>().OrderBy(series => series.SeriesId).ToListAsync(cancellationToken))
        .Select(SeriesResponse.Of).ToList();
}
