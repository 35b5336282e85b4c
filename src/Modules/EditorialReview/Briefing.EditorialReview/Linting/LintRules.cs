using Briefing.EditorialReview.Linting.Rules;

namespace Briefing.EditorialReview.Linting;

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    public static IReadOnlyList<string> All { get; } = [Error, Warning, Info];
}

/// <summary>A rule as a series configures it.</summary>
public sealed record LintRuleSetting(bool Enabled, string Severity);

/// <summary>The rules, by the ids the contract names, with their defaults (number-spacing is off for the sample's house style).</summary>
public static class LintRules
{
    public sealed record Rule(string Id, Func<string, IEnumerable<LintHit>> Find, LintRuleSetting Default);

    public static IReadOnlyList<Rule> All { get; } =
    [
        new("paragraph-break", ParagraphBreakRule.Find, new(true, Severities.Warning)),
        new("latin-word", LatinWordRule.Find, new(true, Severities.Warning)),
        new("halfwidth-punct", HalfwidthPunctuationRule.Find, new(true, Severities.Warning)),
        new("straight-quotes", StraightQuotesRule.Find, new(true, Severities.Warning)),
        new("range-dash", RangeDashRule.Find, new(true, Severities.Warning)),
        new("unbalanced-pair", UnbalancedPairRule.Find, new(true, Severities.Error)),
        new("doubled-punct", DoubledPunctuationRule.Find, new(true, Severities.Error)),
        new("terminal-punct", TerminalPunctuationRule.Find, new(true, Severities.Warning)),
        new("number-spacing", NumberSpacingRule.Find, new(false, Severities.Info)),
    ];

    public static IReadOnlyDictionary<string, LintRuleSetting> Defaults { get; } = All.ToDictionary(rule => rule.Id, rule => rule.Default);
}
