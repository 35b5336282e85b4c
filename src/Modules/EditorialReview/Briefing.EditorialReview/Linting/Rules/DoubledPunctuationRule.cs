using System.Text.RegularExpressions;

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>Doubled punctuation (。。 ，，); fix: one.</summary>
public static partial class DoubledPunctuationRule
{
    public static IEnumerable<LintHit> Find(string body) =>
        Doubled().Matches(body).Select(m => new LintHit(m.Index, m.Length, $"“{m.Value}”: the punctuation is doubled.", m.Value[..1]));

    [GeneratedRegex("([。，、；：])\\1+")]
    private static partial Regex Doubled();
}
