using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.Scoring;

public sealed record ScoringRulesResponse(string SeriesId, IReadOnlyList<ScoringVersion> Versions);

public static class GetScoringRulesEndpoint
{
    [WolverineGet("/api/series/{seriesId}/scoring")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Adoption statistics"), EndpointSummary("Get every version of the series' scoring rules")]
    [EndpointDescription("Answers every version of the series' scoring rules, oldest first: the date each is in force from, its points, its instruction points by level, who set it and when. A series without rules answers an empty list (nothing scores). 404: no such series.")]
    public static async Task<Results<Ok<ScoringRulesResponse>, ProblemHttpResult>> Get(string seriesId, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Series>(Series.StreamIdFor(seriesId), cancellationToken) is null)
        {
            return TypedResults.Problem(Problems.NotFound($"There is no series '{seriesId}'."));
        }

        var rules = await session.LoadAsync<ScoringRules>(ScoringRules.StreamIdFor(seriesId), cancellationToken);
        return TypedResults.Ok(new ScoringRulesResponse(seriesId, rules?.Versions ?? []));
    }
}
