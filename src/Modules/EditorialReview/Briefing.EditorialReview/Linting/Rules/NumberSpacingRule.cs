using System.Text.RegularExpressions;

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>Spaces around a number inside Chinese text (“经济圈 35 个”); fix: remove them. Off unless a series turns it on.</summary>
public static partial class NumberSpacingRule
{
    public static IEnumerable<LintHit> Find(string body) =>
        Spaced().Matches(body).Select(m => new LintHit(m.Index, m.Length, "A space between a number and Chinese text.", ""));

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[\u4E00-\u9FFF])")]
    private static partial Regex Spaced();
}
