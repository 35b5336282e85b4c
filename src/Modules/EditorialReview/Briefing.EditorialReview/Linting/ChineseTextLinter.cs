namespace Briefing.EditorialReview.Linting;

/// <summary>Lints the body of an item and applies the safe fixes.</summary>
public static class ChineseTextLinter
{
    private const int ContextLength = 6;

    /// <summary>Findings of the enabled rules, in order of position.</summary>
    /// <param name="settings">Per rule id; a rule not named keeps its default.</param>
    public static IReadOnlyList<LintFinding> Lint(string body, IReadOnlyDictionary<string, LintRuleSetting>? settings = null) =>
        LintRules.All
            .Select(rule => (rule, setting: settings?.GetValueOrDefault(rule.Id) ?? rule.Default))
            .Where(x => x.setting.Enabled)
            .SelectMany(x => x.rule.Find(body).Select(hit =>
                new LintFinding(x.rule.Id, x.setting.Severity, hit.Start, hit.Length, Excerpt(body, hit), hit.Message, hit.Suggestion)))
            .OrderBy(finding => finding.Start).ThenBy(finding => finding.Rule, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Applies the suggestions of the findings (those of <paramref name="rules"/> when given), from
    /// the end of the text back so earlier positions stay valid; a finding overlapping one already
    /// applied is skipped. Returns the new text and what was applied.
    /// </summary>
    public static (string Text, IReadOnlyList<LintFinding> Applied) ApplyFixes(string body, IEnumerable<LintFinding> findings, IReadOnlySet<string>? rules = null)
    {
        var text = body;
        var applied = new List<LintFinding>();
        var appliedFrom = int.MaxValue;
        foreach (var finding in findings
                     .Where(f => f.Suggestion is not null && (rules is null || rules.Contains(f.Rule)))
                     .OrderByDescending(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (finding.Start + finding.Length > appliedFrom || (finding.Length == 0 && finding.Start == appliedFrom))
            {
                continue;
            }

            text = string.Concat(text.AsSpan(0, finding.Start), finding.Suggestion, text.AsSpan(finding.Start + finding.Length));
            appliedFrom = finding.Start;
            applied.Add(finding);
        }

        applied.Reverse();
        return (text, applied);
    }

    private static string Excerpt(string body, LintHit hit)
    {
        var from = Math.Max(0, hit.Start - ContextLength);
        var to = Math.Min(body.Length, hit.Start + hit.Length + ContextLength);
        return body[from..to];
    }
}
