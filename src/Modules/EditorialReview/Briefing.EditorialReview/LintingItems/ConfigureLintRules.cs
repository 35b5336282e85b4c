using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.EditorialReview.LintingItems;

public sealed record ConfigureLintRules(IReadOnlyDictionary<string, LintRuleSetting>? Rules);

public sealed record LintRulesResponse(string SeriesId, IReadOnlyDictionary<string, LintRuleSetting> Rules);

public static class ConfigureLintRulesEndpoint
{
    public static ProblemDetails Validate(ConfigureLintRules command)
    {
        if (command.Rules is not { Count: > 0 } rules)
        {
            return Problems.Validation("rules", "Name at least one rule: {\"rules\": {\"number-spacing\": {\"enabled\": true, \"severity\": \"info\"}}}.");
        }

        if (rules.Keys.FirstOrDefault(rule => !LintRules.Defaults.ContainsKey(rule)) is { } unknown)
        {
            return Problems.Validation("rules", $"There is no rule '{unknown}'; the rules are {string.Join(", ", LintRules.Defaults.Keys)}.");
        }

        return rules.Values.Any(setting => !Severities.All.Contains(setting.Severity))
            ? Problems.Validation("rules", $"severity must be one of: {string.Join(", ", Severities.All)}.")
            : WolverineContinue.NoProblems;
    }

    /// <summary>The series' house style: turn rules on or off and set their severity. Recorded as an event.</summary>
    [WolverinePut("/api/review/series/{seriesId}/lint-rules")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Editorial review"), EndpointSummary("Configure the linter for a series")]
    public static async Task<Results<Ok<LintRulesResponse>, ProblemHttpResult>> Put(
        string seriesId, ConfigureLintRules command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ReviewSeries>(ReviewSeries.StreamIdFor(seriesId), cancellationToken);
        if (stream.Aggregate is not { } series)
        {
            return TypedResults.Problem(Problems.NotFound($"There is no series '{seriesId}'."));
        }

        stream.AppendOne(new LintRulesConfigured(command.Rules!));
        var rules = LintRules.Defaults.ToDictionary(d => d.Key, d => command.Rules!.GetValueOrDefault(d.Key) ?? series.LintRules.GetValueOrDefault(d.Key) ?? d.Value);
        return TypedResults.Ok(new LintRulesResponse(seriesId, rules));
    }
}
