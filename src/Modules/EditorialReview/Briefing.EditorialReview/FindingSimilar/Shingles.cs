using System.Text;

namespace Briefing.EditorialReview.FindingSimilar;

/// <summary>
/// Near-duplicate detection (ADR 26): the text is normalised (headline and body, letters and digits only,
/// Latin letters in lower case), cut into overlapping three-character shingles and compared by Jaccard
/// similarity. To find candidates without comparing with every item, a MinHash signature of
/// <see cref="Bands"/> × <see cref="RowsPerBand"/> values is cut into bands; items sharing a band are candidates
/// (locality-sensitive hashing: at similarity 0.5 a pair shares a band with probability 98.6 %).
/// </summary>
public static class Shingles
{
    public const int Length = 3;
    public const int Bands = 32;
    public const int RowsPerBand = 3;
    public const double Threshold = 0.5;

    /// <summary>Letters and digits of headline and body, Latin letters lower-cased, everything else left out.</summary>
    public static string Normalised(string headline, string body)
    {
        var text = new StringBuilder(headline.Length + body.Length);
        foreach (var rune in (headline + "\n" + body).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                text.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return text.ToString();
    }

    /// <summary>The distinct three-character shingles of the normalised text (the whole text when shorter).</summary>
    public static HashSet<string> Of(string headline, string body)
    {
        var runes = Normalised(headline, body).EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (runes.Length is > 0 and < Length)
        {
            shingles.Add(string.Concat(runes));
        }

        for (var i = 0; i + Length <= runes.Length; i++)
        {
            shingles.Add(string.Concat(runes.AsSpan(i, Length).ToArray()));
        }

        return shingles;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two empty texts are not alike.</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The band keys of a text: two texts sharing one are compared. No shingles, no keys.</summary>
    public static string[] BandsOf(string headline, string body)
    {
        var shingles = Of(headline, body);
        if (shingles.Count == 0)
        {
            return [];
        }

        var signature = new ulong[Bands * RowsPerBand];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            var hash = Fnv1a(shingle);
            for (var i = 0; i < signature.Length; i++)
            {
                signature[i] = Math.Min(signature[i], Mix(hash ^ Seed(i)));
            }
        }

        var keys = new string[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = 0xcbf29ce484222325UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = Mix(key ^ signature[band * RowsPerBand + row]);
            }

            keys[band] = $"{band:x2}{key & 0xffffffffffff:x12}";
        }

        return keys;
    }

    private static ulong Seed(int i) => Mix(0x9e3779b97f4a7c15UL * (ulong)(i + 1));

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes (string.GetHashCode is not).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001b3UL;
        }

        return hash;
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the output.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}
