using System.Text.RegularExpressions;

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>
/// Ranges (GB/T 15834): a date or time range takes the one-character dash “—” (4.14—4.18,
/// 9:00—11:30, 2024—2025年); a numeric range takes “～” (10～20人). ISO dates are not ranges.
/// </summary>
public static partial class RangeDashRule
{
    public static IEnumerable<LintHit> Find(string body)
    {
        var flagged = new HashSet<int>();
        foreach (var (pattern, dash, what) in new[] { (DateOrTimeRange(), "—", "date or time"), (NumericRange(), "～", "numeric") })
        {
            foreach (Match m in pattern.Matches(body))
            {
                var separator = m.Groups["dash"];
                if (separator.Value.Trim() == dash || !flagged.Add(separator.Index))
                {
                    continue;
                }

                yield return new LintHit(separator.Index, separator.Length, $"A {what} range is written with “{dash}”.", dash);
            }
        }
    }

    [GeneratedRegex(@"(?<![\d-])(?:\d{1,2}[.月]\d{1,2}日?|\d{1,2}:\d{2}|(?:19|20)\d{2}年?)(?<dash>\s*[-~～—]\s*)(?:\d{1,2}[.月])?(?:\d{1,2}:\d{2}|\d{1,2}日?|(?:19|20)\d{2}年)(?![\d-])")]
    private static partial Regex DateOrTimeRange();

    [GeneratedRegex(@"(?<![\d.-])\d+(?:\.\d+)?(?<dash>\s*[-~]\s*)\d+(?:\.\d+)?(?=[\u4E00-\u9FFF%％])")]
    private static partial Regex NumericRange();
}
