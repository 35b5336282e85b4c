namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>A body that does not end with closing punctuation; fix: add “。” after a Han character.</summary>
public static class TerminalPunctuationRule
{
    public static IEnumerable<LintHit> Find(string body)
    {
        var end = body.TrimEnd().Length;
        if (end == 0 || Cjk.IsClosing(body[end - 1]))
        {
            yield break;
        }

        yield return new LintHit(end, 0, "The text does not end with closing punctuation.", Cjk.IsHan(body[end - 1]) ? "。" : null);
    }
}
