namespace Briefing.EditorialReview.Linting;

/// <summary>Character classes of Chinese text.</summary>
public static class Cjk
{
    /// <summary>A Han ideograph (the BMP blocks; characters beyond it are surrogate pairs and count as neither).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Punctuation that may end a sentence or close one.</summary>
    public static bool IsClosing(char c) => "。！？…”’）》」』】.!?;；".Contains(c, StringComparison.Ordinal);

    public static bool HanAt(string text, int index) => index >= 0 && index < text.Length && IsHan(text[index]);
}
