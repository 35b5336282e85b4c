using Briefing.Submission.Scoring;

namespace Briefing.Submission.Statistics;

/// <summary>Which rules score the counts: those in force on each count's day, or the newest version for everything.</summary>
public enum RulesMode
{
    Effective,
    Current,
}

/// <summary>Days of the period scored by the same rules (none before the first version is in force).</summary>
public sealed record RulesSegment(int Index, DateOnly Start, DateOnly End, ScoringVersion? Rules);

/// <summary>
/// Where the counts of a segment are read: whole calendar months from the monthly counts (the
/// months whose first day is from <see cref="Start"/> to <see cref="End"/>), the days around them
/// from the daily ones.
/// </summary>
public sealed record CountRange(int Segment, DateOnly Start, DateOnly End, bool Monthly);

/// <summary>An organisation's counts over one segment of the period.</summary>
public sealed record SegmentCounts(string OrgId, int Segment, int Submitted, int Accepted, int Rejected, int Published);

/// <summary>Instructions of one level given on one day on an organisation's items.</summary>
public sealed record InstructionCount(string OrgId, DateOnly Day, string Level, int Count);

public sealed record Unit(string OrgId, string Name, string Kind);

public sealed record StatisticsRow(
    string OrgId,
    string Name,
    string Kind,
    int Submitted,
    int Accepted,
    int Rejected,
    int Published,
    double? AdoptionRate,
    int Instructions,
    int Points,
    int Rank);

/// <summary>The figures of the contract (API.md, "Adoption statistics"), from the counts the projection keeps.</summary>
public static class AdoptionFigures
{
    /// <summary>The version in force on <paramref name="day"/>: the highest whose effectiveFrom is on or before it.</summary>
    public static ScoringVersion? InForceOn(IReadOnlyList<ScoringVersion> versions, DateOnly day) =>
        versions.Where(version => version.EffectiveFrom <= day).MaxBy(version => version.Version);

    public static ScoringVersion? Newest(IReadOnlyList<ScoringVersion> versions) => versions.MaxBy(version => version.Version);

    /// <summary>
    /// The period cut where the rules in force change (under <see cref="RulesMode.Current"/>: one
    /// segment, scored by the newest version), numbered from 0.
    /// </summary>
    public static IReadOnlyList<RulesSegment> Segments(IReadOnlyList<ScoringVersion> versions, RulesMode mode, DateOnly from, DateOnly to)
    {
        if (mode == RulesMode.Current)
        {
            return [new RulesSegment(0, from, to, Newest(versions))];
        }

        var segments = new List<RulesSegment>();
        var start = from;
        var rules = InForceOn(versions, from);
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            var inForce = InForceOn(versions, day);
            if (inForce?.Version != rules?.Version)
            {
                segments.Add(new RulesSegment(segments.Count, start, day.AddDays(-1), rules));
                (start, rules) = (day, inForce);
            }
        }

        segments.Add(new RulesSegment(segments.Count, start, to, rules));
        return segments;
    }

    /// <summary>Each segment as its leading days, its whole months and its trailing days.</summary>
    public static IReadOnlyList<CountRange> Ranges(IReadOnlyList<RulesSegment> segments)
    {
        var ranges = new List<CountRange>();
        foreach (var segment in segments)
        {
            var start = segment.Start;
            if (start.Day != 1)
            {
                var leading = Min(segment.End, LastDayOfMonth(start));
                ranges.Add(new CountRange(segment.Index, start, leading, Monthly: false));
                start = leading.AddDays(1);
            }

            var firstMonth = start;
            while (start <= segment.End && LastDayOfMonth(start) <= segment.End)
            {
                start = start.AddMonths(1);
            }

            if (start > firstMonth)
            {
                ranges.Add(new CountRange(segment.Index, firstMonth, start.AddMonths(-1), Monthly: true));
            }

            if (start <= segment.End)
            {
                ranges.Add(new CountRange(segment.Index, start, segment.End, Monthly: false));
            }
        }

        return ranges;
    }

    private static DateOnly LastDayOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>One row per unit, ranked by points (equal points share a rank: 1, 2, 2, 4), then by id.</summary>
    public static IReadOnlyList<StatisticsRow> Rows(
        IReadOnlyList<Unit> units,
        IReadOnlyList<RulesSegment> segments,
        IReadOnlyList<SegmentCounts> counts,
        IReadOnlyList<InstructionCount> instructions,
        IReadOnlyList<ScoringVersion> versions,
        RulesMode mode)
    {
        var countsOf = counts.ToLookup(count => count.OrgId);
        var instructionsOf = instructions.ToLookup(instruction => instruction.OrgId);
        var newest = Newest(versions);
        var unranked = units.Select(unit =>
        {
            var mine = countsOf[unit.OrgId].ToList();
            var given = instructionsOf[unit.OrgId].ToList();
            var points = mine.Sum(count => Points(segments[count.Segment].Rules, count))
                + given.Sum(instruction => instruction.Count * ((mode == RulesMode.Current ? newest : InForceOn(versions, instruction.Day))?.PointsFor(instruction.Level) ?? 0));
            var submitted = mine.Sum(count => count.Submitted);
            var published = mine.Sum(count => count.Published);
            return new StatisticsRow(unit.OrgId, unit.Name, unit.Kind, submitted, mine.Sum(count => count.Accepted), mine.Sum(count => count.Rejected),
                published, AdoptionRate(published, submitted), given.Sum(instruction => instruction.Count), points, 0);
        }).ToList();

        return [.. unranked
            .OrderByDescending(row => row.Points).ThenBy(row => row.OrgId, StringComparer.Ordinal)
            .Select(row => row with { Rank = 1 + unranked.Count(other => other.Points > row.Points) })];
    }

    /// <summary>Published over submitted, to four places; null when nothing was submitted.</summary>
    public static double? AdoptionRate(int published, int submitted) =>
        submitted == 0 ? null : Math.Round((double)published / submitted, 4);

    public static IReadOnlyList<ScoringVersion> VersionsUsed(IReadOnlyList<RulesSegment> segments, IReadOnlyList<InstructionCount> instructions, IReadOnlyList<ScoringVersion> versions, RulesMode mode) =>
        [.. segments.Select(segment => segment.Rules)
            .Concat(mode == RulesMode.Effective ? instructions.Select(instruction => InForceOn(versions, instruction.Day)) : [])
            .OfType<ScoringVersion>().DistinctBy(version => version.Version).OrderBy(version => version.Version)];

    private static int Points(ScoringVersion? rules, SegmentCounts count) =>
        rules is null ? 0
        : rules.Points.Submitted * count.Submitted + rules.Points.Accepted * count.Accepted
          + rules.Points.Rejected * count.Rejected + rules.Points.Published * count.Published;
}
