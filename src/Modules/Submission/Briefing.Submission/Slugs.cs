using System.Text.RegularExpressions;

namespace Briefing.Submission;

/// <summary>Organisation and series ids: <c>[a-z0-9][a-z0-9-]{1,63}</c>.</summary>
public static partial class Slugs
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Pattern();
}
