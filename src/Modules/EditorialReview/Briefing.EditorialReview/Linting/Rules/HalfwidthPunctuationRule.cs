namespace Briefing.EditorialReview.Linting.Rules;

/// <summary>Half-width punctuation next to Chinese text; fix: its full-width form.</summary>
public static class HalfwidthPunctuationRule
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，',
        ['.'] = '。',
        [';'] = '；',
        [':'] = '：',
        ['?'] = '？',
        ['!'] = '！',
        ['('] = '（',
        [')'] = '）',
    };

    public static IEnumerable<LintHit> Find(string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (FullWidth.TryGetValue(body[i], out var full) && (Cjk.HanAt(body, i - 1) || Cjk.HanAt(body, i + 1)) && !IsBetweenDigits(body, i))
            {
                yield return new LintHit(i, 1, $"Half-width “{body[i]}” in Chinese text; use “{full}”.", full.ToString());
            }
        }
    }

    // 3.5 and 10:30 keep their half-width point and colon.
    private static bool IsBetweenDigits(string body, int i) =>
        i > 0 && i + 1 < body.Length && char.IsAsciiDigit(body[i - 1]) && char.IsAsciiDigit(body[i + 1]);
}
