using Briefing.Identity.Contracts;
using Briefing.Submission.Scoring;
using Briefing.Submission.Statistics;

namespace Briefing.Submission.Tests.Statistics;

/// <summary>The figures from counts, without a database: segments where the rules change, points, ranks.</summary>
public sealed class AdoptionFiguresTests
{
    private static readonly DateOnly April1 = new(2025, 4, 1);
    private static readonly DateOnly April30 = new(2025, 4, 30);

    private static ScoringVersion Version(int version, DateOnly from, int submitted, int published = 0, IReadOnlyDictionary<string, int>? levels = null) =>
        new(version, from, new ScoringPoints(Submitted: submitted, Published: published), levels ?? new Dictionary<string, int>(), Actor.System, DateTimeOffset.UnixEpoch);

    [Fact]
    public void the_period_is_cut_where_the_rules_in_force_change_and_scored_by_nothing_before_the_first()
    {
        var v1 = Version(1, new DateOnly(2025, 4, 10), 1);
        var v2 = Version(2, new DateOnly(2025, 4, 20), 2);

        var segments = AdoptionFigures.Segments([v1, v2], RulesMode.Effective, April1, April30);

        Assert.Equal([(April1, new DateOnly(2025, 4, 9), (int?)null), (new DateOnly(2025, 4, 10), new DateOnly(2025, 4, 19), 1), (new DateOnly(2025, 4, 20), April30, 2)],
            segments.Select(segment => (segment.Start, segment.End, segment.Rules?.Version)));
        Assert.Equal([0, 1, 2], segments.Select(segment => segment.Index));
        Assert.Equal([(April1, April30, (int?)2)],
            AdoptionFigures.Segments([v1, v2], RulesMode.Current, April1, April30).Select(segment => (segment.Start, segment.End, segment.Rules?.Version)));
    }

    [Fact]
    public void a_higher_version_dated_earlier_replaces_a_lower_one_from_its_own_date()
    {
        // Version 2 corrects the rules back to the first of the month: from then on it is in force, version 1 never is.
        var v1 = Version(1, new DateOnly(2025, 4, 15), 1);
        var v2 = Version(2, April1, 3);

        Assert.Equal(2, AdoptionFigures.InForceOn([v1, v2], new DateOnly(2025, 4, 20))!.Version);
        Assert.Equal([2], AdoptionFigures.Segments([v1, v2], RulesMode.Effective, April1, April30).Select(segment => segment.Rules!.Version));
    }

    [Fact]
    public void a_segment_is_read_as_its_leading_days_its_whole_months_and_its_trailing_days()
    {
        var segments = new[]
        {
            new RulesSegment(0, new DateOnly(2025, 1, 15), new DateOnly(2025, 4, 9), null),
            new RulesSegment(1, new DateOnly(2025, 4, 10), new DateOnly(2025, 4, 20), null),
            new RulesSegment(2, new DateOnly(2025, 4, 21), new DateOnly(2025, 12, 31), null),
        };

        Assert.Equal(
        [
            new CountRange(0, new DateOnly(2025, 1, 15), new DateOnly(2025, 1, 31), Monthly: false),
            new CountRange(0, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), Monthly: true),
            new CountRange(0, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 9), Monthly: false),
            new CountRange(1, new DateOnly(2025, 4, 10), new DateOnly(2025, 4, 20), Monthly: false),
            new CountRange(2, new DateOnly(2025, 4, 21), new DateOnly(2025, 4, 30), Monthly: false),
            new CountRange(2, new DateOnly(2025, 5, 1), new DateOnly(2025, 12, 1), Monthly: true),
        ], AdoptionFigures.Ranges(segments));
        Assert.Equal([new CountRange(0, April1, April1, Monthly: true)], AdoptionFigures.Ranges([new RulesSegment(0, April1, April30, null)]));
    }

    [Fact]
    public void equal_points_share_a_rank_and_the_next_rank_skips()
    {
        var rules = Version(1, April1, 1, published: 10);
        var segments = AdoptionFigures.Segments([rules], RulesMode.Effective, April1, April30);
        Unit[] units = [new("a", "甲区", "district"), new("b", "乙区", "district"), new("c", "丙大学", "university"), new("d", "丁区", "district")];
        SegmentCounts[] counts = [new("a", 0, 5, 3, 1, 2), new("b", 0, 25, 0, 0, 0), new("c", 0, 15, 1, 0, 1), new("d", 0, 1, 0, 0, 0)];

        var rows = AdoptionFigures.Rows(units, segments, counts, [], [rules], RulesMode.Effective);

        // a: 5 + 2 × 10, b: 25, c: 15 + 10, d: 1; the tied three in the order of their ids.
        Assert.Equal([("a", 25, 1), ("b", 25, 1), ("c", 25, 1), ("d", 1, 4)], rows.Select(row => (row.OrgId, row.Points, row.Rank)));
        Assert.Equal(0.4, rows.Single(row => row.OrgId == "a").AdoptionRate);
    }

    [Fact]
    public void instructions_score_by_their_level_under_the_rules_of_the_day_they_were_given()
    {
        var v1 = Version(1, April1, 0, levels: new Dictionary<string, int> { ["省部级"] = 20, ["市级"] = 10 });
        var v2 = Version(2, new DateOnly(2025, 4, 16), 0, levels: new Dictionary<string, int> { ["省部级"] = 30 });
        InstructionCount[] given = [new("a", new DateOnly(2025, 4, 15), "省部级", 1), new("a", new DateOnly(2025, 4, 16), "省部级", 2), new("a", new DateOnly(2025, 4, 17), "市级", 1)];
        Unit[] units = [new("a", "甲区", "district"), new("b", "乙区", "district")];

        var effective = AdoptionFigures.Rows(units, AdoptionFigures.Segments([v1, v2], RulesMode.Effective, April1, April30), [], given, [v1, v2], RulesMode.Effective);
        var current = AdoptionFigures.Rows(units, AdoptionFigures.Segments([v1, v2], RulesMode.Current, April1, April30), [], given, [v1, v2], RulesMode.Current);

        Assert.Equal((20 + 2 * 30 + 0, 4), (effective[0].Points, effective[0].Instructions)); // 市级 no longer scores under version 2
        Assert.Equal(3 * 30, current[0].Points);
        Assert.Equal((0, (double?)null, 2), (effective[1].Points, effective[1].AdoptionRate, effective[1].Rank));
    }
}
