namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>
/// Straight quotes in Chinese text; fix: “ ” or ‘ ’, opening and closing in turn through the body
/// (not per paragraph: a page-break artefact can split a quotation).
/// </summary>
public static class StraightQuotesRule
{
    public static IEnumerable<LintHit> Find(string body)
    {
        var open = new Dictionary<char, bool> { ['"'] = false, ['\''] = false };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is not ('"' or '\''))
            {
                continue;
            }

            var opening = !open[c];
            open[c] = opening;
            if (Cjk.HanAt(body, i - 1) || Cjk.HanAt(body, i + 1))
            {
                var curly = c == '"' ? (opening ? "“" : "”") : (opening ? "‘" : "’");
                yield return new LintHit(i, 1, $"Straight quote in Chinese text; use “{curly}”.", curly);
            }
        }
    }
}
