using System.Buffers;
using System.Text;

namespace Briefing.EditorialReview.Searching;

/// <summary>What <c>q</c> asks for: its terms, each of which must occur as written in the headline or in the body.</summary>
public static class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    /// <summary>The distinct terms of <paramref name="q"/>, split at white space (the ideographic space included).</summary>
    public static IReadOnlyList<string> Terms(string? q) =>
        q is null ? [] : [.. q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Why <paramref name="q"/> cannot be searched for, or null when it can.</summary>
    public static string? Problem(string? q)
    {
        var terms = Terms(q);
        if (terms.Count == 0)
        {
            return "q must hold at least one term (terms are separated by spaces).";
        }

        if (q!.Length > MaxLength)
        {
            return $"q must not be longer than {MaxLength} characters.";
        }

        if (terms.Count > MaxTerms)
        {
            return $"q must not hold more than {MaxTerms} terms.";
        }

        return IsText(q) && !q.Contains('\0', StringComparison.Ordinal) ? null : "q must be text (it holds an unpaired surrogate or a NUL character).";
    }

    private static bool IsText(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }
}
