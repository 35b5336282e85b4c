using System.Text.Json.Serialization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;

namespace Briefing.Submission.Scoring;

/// <summary>
/// Points per counted item (信息报送考核办法). <see cref="Rejected"/> may be negative, a penalty; the
/// others may not. A key the body leaves out counts 0; an unknown key is refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScoringPoints(int Submitted = 0, int Accepted = 0, int Rejected = 0, int Published = 0);

/// <summary>A new version of a series' scoring rules, in force from <see cref="EffectiveFrom"/> on.</summary>
public sealed record ScoringRulesSet(
    string SeriesId,
    int Version,
    DateOnly EffectiveFrom,
    ScoringPoints Points,
    IReadOnlyDictionary<string, int> InstructionPoints,
    Actor SetBy);

/// <summary>One version of the rules, who set it and when.</summary>
public sealed record ScoringVersion(
    int Version,
    DateOnly EffectiveFrom,
    ScoringPoints Points,
    IReadOnlyDictionary<string, int> InstructionPoints,
    Actor SetBy,
    DateTimeOffset SetAt)
{
    /// <summary>The points an instruction of <paramref name="level"/> earns: 0 for a level the rules do not name.</summary>
    public int PointsFor(string level) => InstructionPoints.GetValueOrDefault(level);
}

/// <summary>Every version of a series' scoring rules; its stream id derives from the series' slug.</summary>
public sealed class ScoringRules
{
    public const string StreamKind = "scoring";

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string SeriesId { get; set; } = "";
    public List<ScoringVersion> Versions { get; set; } = [];

    public static Guid StreamIdFor(string seriesId) => StreamKeys.For(StreamKind, seriesId);

    public static ScoringRules Create(IEvent<ScoringRulesSet> set)
    {
        var rules = new ScoringRules { Id = StreamIdFor(set.Data.SeriesId), SeriesId = set.Data.SeriesId };
        rules.Apply(set);
        return rules;
    }

    public void Apply(IEvent<ScoringRulesSet> set) =>
        Versions.Add(new ScoringVersion(set.Data.Version, set.Data.EffectiveFrom, set.Data.Points, set.Data.InstructionPoints, set.Data.SetBy, set.Timestamp));
}
