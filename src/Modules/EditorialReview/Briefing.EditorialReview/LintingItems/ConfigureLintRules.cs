using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.LintingItems;

public sealed record ConfigureLintRules(IReadOnlyDictionary<string, LintRuleSetting>? Rules);

/// <summary>Every rule's setting for the series: its own where it set one, else the default.</summary>
public sealed record LintRulesResponse(string SeriesId, IReadOnlyDictionary<string, LintRuleSetting> Rules) : IViewOf<ReviewSeries, LintRulesResponse>
{
    public static LintRulesResponse From(ReviewSeries series) =>
        new(series.SeriesId, LintRules.Defaults.ToDictionary(rule => rule.Key, rule => series.LintRules.GetValueOrDefault(rule.Key) ?? rule.Value));
}

public static class ConfigureLintRulesEndpoint
{
    public static ProblemDetails Validate(string seriesId, ConfigureLintRules command, ReviewSeries? series) =>
        CheckRules(command) ?? (series is null ? Problems.NotFound($"There is no series '{seriesId}'.") : WolverineContinue.NoProblems);

    private static ValidationProblemDetails? CheckRules(ConfigureLintRules command)
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
            : null;
    }

    public static Guid SeriesStream(string seriesId) => ReviewSeries.StreamIdFor(seriesId);

    /// <summary>The series' house style: turn rules on or off and set their severity. Recorded as an event.</summary>
    [WolverinePut("/api/review/series/{seriesId}/lint-rules")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Editorial review"), EndpointSummary("Configure the linter for a series")]
    [EndpointDescription("Sets the series' house style: turns lint rules on or off and sets their severity, recorded as an event; answers every rule's setting for the series.")]
    public static (Updated<ReviewSeries, LintRulesResponse>, Events) Put(
        ConfigureLintRules command,
        [WriteAggregate(FromMethod = nameof(SeriesStream), Required = false)] ReviewSeries series) =>
        (new(), [new LintRulesConfigured(command.Rules!)]);
}
