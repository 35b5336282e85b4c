using Briefing.EditorialReview.Linting;
using Briefing.Kernel;
using Marten;

namespace Briefing.EditorialReview;

/// <summary>Review learned of a series (from <see cref="SeriesDefined"/>): its section keys.</summary>
public sealed record ReviewSeriesRegistered(string SeriesId, IReadOnlyList<string> SectionKeys);

/// <summary>The series' lint rules were configured: the rules named replace their settings.</summary>
public sealed record LintRulesConfigured(IReadOnlyDictionary<string, LintRuleSetting> Rules);

/// <summary>Review's own view of a series: its sections and its house style for the linter.</summary>
public sealed class ReviewSeries
{
    public const string StreamKind = "review-series";

    public Guid Id { get; set; }
    public string SeriesId { get; set; } = "";
    public List<string> SectionKeys { get; set; } = [];
    public Dictionary<string, LintRuleSetting> LintRules { get; set; } = [];

    public static Guid StreamIdFor(string seriesId) => StreamKeys.For(StreamKind, seriesId);

    public static ReviewSeries Create(ReviewSeriesRegistered registered) => new()
    {
        Id = StreamIdFor(registered.SeriesId),
        SeriesId = registered.SeriesId,
        SectionKeys = [.. registered.SectionKeys],
    };

    public void Apply(LintRulesConfigured configured)
    {
        foreach (var (rule, setting) in configured.Rules)
        {
            LintRules[rule] = setting;
        }
    }

    /// <summary>The series of <paramref name="item"/>, as review knows it.</summary>
    public static async Task<ReviewSeries?> OfAsync(IQuerySession session, ReviewItem? item, CancellationToken cancellationToken) =>
        item is null ? null : await session.LoadAsync<ReviewSeries>(StreamIdFor(item.SeriesId), cancellationToken);

    /// <summary>The series' settings over the defaults.</summary>
    public static async Task<IReadOnlyDictionary<string, LintRuleSetting>> LintSettingsAsync(IQuerySession session, string seriesId, CancellationToken cancellationToken) =>
        (await session.LoadAsync<ReviewSeries>(StreamIdFor(seriesId), cancellationToken))?.LintRules ?? new Dictionary<string, LintRuleSetting>();
}
