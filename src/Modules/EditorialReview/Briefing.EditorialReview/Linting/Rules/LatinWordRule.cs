using System.Text.RegularExpressions;

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>
/// An English function word between Chinese text (“优势 and 学院”). Names, brands and acronyms
/// (SGS, supOS, AI) are not function words and are never flagged.
/// </summary>
public static partial class LatinWordRule
{
    private static readonly Dictionary<string, string?> Replacements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = "和",
        ["or"] = "或",
        ["with"] = "与",
        ["of"] = null,
        ["the"] = null,
        ["to"] = null,
        ["in"] = null,
        ["for"] = null,
        ["on"] = null,
        ["at"] = null,
        ["by"] = null,
    };

    public static IEnumerable<LintHit> Find(string body) =>
        Word().Matches(body)
            .Where(m => Replacements.ContainsKey(m.Groups["word"].Value)
                && Cjk.HanAt(body, m.Index - 1) && Cjk.HanAt(body, m.Index + m.Length))
            .Select(m => new LintHit(m.Index, m.Length,
                $"The English word “{m.Groups["word"].Value}” stands between Chinese text.",
                Replacements[m.Groups["word"].Value]));

    [GeneratedRegex(@"[ \u3000]*(?<word>[A-Za-z]+)[ \u3000]*")]
    private static partial Regex Word();
}
