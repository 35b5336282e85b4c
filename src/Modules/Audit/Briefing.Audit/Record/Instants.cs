using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Audit.Record;

/// <summary>The instants the audit is asked about: ISO 8601 with their offset, never read in the server's time zone.</summary>
public static partial class Instants
{
    /// <summary>The instant, or null when the text is not one with an offset.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        text is not null && OffsetAtEnd().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;

    /// <summary>What a parameter naming an instant must be, for its 400.</summary>
    public static string Rule(string name) =>
        $"{name} must be an ISO 8601 instant with its offset, e.g. 2025-04-17T18:00:00+08:00 or 2025-04-17T10:00:00Z.";

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetAtEnd();
}
