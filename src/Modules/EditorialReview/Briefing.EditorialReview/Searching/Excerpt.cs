namespace Briefing.EditorialReview.Searching;

/// <summary>A stretch of an item's text around its first match, and where in it the terms occur.</summary>
/// <param name="Highlights">[start, length] of each match within <see cref="Text"/>, in UTF-16 code units (as lint counts), in order, never overlapping.</param>
public sealed record Excerpt(string Text, IReadOnlyList<int[]> Highlights)
{
    public const int MaxLength = 120;

    /// <summary>How much of the window comes before the first match, so the reader sees what leads up to it.</summary>
    private const int Lead = 30;

    /// <summary>Around the first match in the body; in the headline when only the headline matches.</summary>
    public static Excerpt Of(string headline, string body, IReadOnlyList<string> terms)
    {
        var text = terms.Any(term => body.Contains(term, StringComparison.Ordinal)) ? body : headline;
        var first = terms.Select(term => text.IndexOf(term, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - Lead, text.Length - MaxLength));
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + MaxLength);
        if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        var window = text[start..end];
        return new Excerpt(window, Highlight(window, terms));
    }

    /// <summary>Every occurrence of every term, overlapping ones merged.</summary>
    public static IReadOnlyList<int[]> Highlight(string text, IReadOnlyList<string> terms)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                spans.Add((at, at + term.Length));
            }
        }

        var merged = new List<int[]>();
        foreach (var (start, end) in spans.OrderBy(span => span.Start))
        {
            if (merged.Count > 0 && start <= merged[^1][0] + merged[^1][1])
            {
                merged[^1][1] = Math.Max(merged[^1][1], end - merged[^1][0]);
            }
            else
            {
                merged.Add([start, end - start]);
            }
        }

        return merged;
    }
}
