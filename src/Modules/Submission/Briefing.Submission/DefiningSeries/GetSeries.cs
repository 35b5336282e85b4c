using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.DefiningSeries;

public static class GetSeriesEndpoint
{
    [WolverineGet("/api/series/{seriesId}")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Organisations and series"), EndpointSummary("Get a series")]
    [EndpointDescription("Answers one series with its sections, distribution text and submission e-mail; an unknown id is a 404.")]
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> Get(string seriesId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<Series>(Series.StreamIdFor(seriesId), cancellationToken) is { } series
            ? TypedResults.Ok(SeriesResponse.Of(series))
            : TypedResults.Problem(Problems.NotFound($"There is no series '{seriesId}'."));
}
