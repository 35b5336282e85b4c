using System.Text;

namespace Briefing.EditorialReview.Searching;

/// <summary>
/// The index keys of a text for search (ADR 26): every character and every pair of adjacent characters
/// (code points, not UTF-16 units) of the headline and of the body, as written. Whatever occurs in a text,
/// all its keys are the text's keys, so looking the keys up finds every item that can hold the term;
/// a substring test on the candidates then keeps exactly the items that do.
/// </summary>
public static class SearchGrams
{
    /// <summary>Distinct keys of headline and body; none spans the two, none holds white space (terms never do).</summary>
    public static string[] Of(string headline, string body)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Add(keys, headline);
        Add(keys, body);
        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The keys every text holding <paramref name="term"/> holds: the character itself, or each adjacent pair.</summary>
    public static IEnumerable<string> Needed(string term)
    {
        var runes = Runes(term);
        if (runes.Count == 1)
        {
            return [runes[0]];
        }

        return Enumerable.Range(0, runes.Count - 1).Select(i => runes[i] + runes[i + 1]).Distinct(StringComparer.Ordinal);
    }

    private static void Add(HashSet<string> keys, string text)
    {
        var runes = Runes(text);
        for (var i = 0; i < runes.Count; i++)
        {
            if (IsSpace(runes[i]))
            {
                continue;
            }

            keys.Add(runes[i]);
            if (i + 1 < runes.Count && !IsSpace(runes[i + 1]))
            {
                keys.Add(runes[i] + runes[i + 1]);
            }
        }
    }

    private static bool IsSpace(string rune) => Rune.IsWhiteSpace(Rune.GetRuneAt(rune, 0));

    private static List<string> Runes(string text) => [.. text.EnumerateRunes().Select(rune => rune.ToString())];
}
