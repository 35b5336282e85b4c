using System.Text.RegularExpressions;

namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>
/// A paragraph break inside a sentence: the paragraph ends with a Han character and no closing
/// punctuation and the next begins with one, as page breaks leave in text copied from print. Fix: join.
/// </summary>
public static partial class ParagraphBreakRule
{
    public static IEnumerable<LintHit> Find(string body) =>
        Breaks().Matches(body)
            .Where(m => Cjk.HanAt(body, m.Index - 1) && Cjk.HanAt(body, m.Index + m.Length))
            .Select(m => new LintHit(m.Index, m.Length,
                $"The paragraph breaks in the middle of a sentence (“{body[m.Index - 1]}” / “{body[m.Index + m.Length]}”): a page-break artefact.", ""));

    // A line break run with at least one line break, possibly blank lines and spaces between.
    [GeneratedRegex(@"[ \t]*(\r?\n[ \t\u3000]*)+")]
    private static partial Regex Breaks();
}
