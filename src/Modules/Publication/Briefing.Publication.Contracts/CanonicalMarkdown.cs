using System.Security.Cryptography;
using System.Text;

namespace Briefing.Publication.Contracts;

/// <summary>
/// The canonical form of a Markdown text, the one that is hashed: LF line ends, no trailing
/// whitespace on any line, blocks separated by exactly one blank line, no blank lines at either
/// end, and one final line end.
/// </summary>
public static class CanonicalMarkdown
{
    public static string Of(string markdown)
    {
        var canonical = new StringBuilder(markdown.Length);
        var blankPending = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()))
        {
            if (line.Length == 0)
            {
                blankPending = canonical.Length > 0;
                continue;
            }

            if (blankPending)
            {
                canonical.Append('\n');
                blankPending = false;
            }

            canonical.Append(line).Append('\n');
        }

        return canonical.ToString();
    }

    /// <summary>The SHA-256 of the canonical text's UTF-8 bytes, lowercase hex.</summary>
    public static string HashOf(string canonicalMarkdown) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalMarkdown)));
}
