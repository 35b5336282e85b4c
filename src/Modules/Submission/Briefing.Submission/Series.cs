using Briefing.Kernel;
using Briefing.Submission.Contracts;

namespace Briefing.Submission;

/// <summary>A briefing series was defined.</summary>
public sealed record SeriesCreated(
    string SeriesId,
    string Title,
    string IssuingUnit,
    IReadOnlyList<SeriesSection> Sections,
    string Distribution,
    string? SubmissionEmail);

/// <summary>A briefing series: its sections in print order and its footer; its stream id derives from its slug.</summary>
public sealed class Series
{
    public const string StreamKind = "series";

    public Guid Id { get; set; }
    public string SeriesId { get; set; } = "";
    public string Title { get; set; } = "";
    public string IssuingUnit { get; set; } = "";
    public IReadOnlyList<SeriesSection> Sections { get; set; } = [];
    public string Distribution { get; set; } = "";
    public string? SubmissionEmail { get; set; }

    public static Guid StreamIdFor(string seriesId) => StreamKeys.For(StreamKind, seriesId);

    public bool HasSection(string key) => Sections.Any(section => section.Key == key);

    public static Series Create(SeriesCreated created) => new()
    {
        Id = StreamIdFor(created.SeriesId),
        SeriesId = created.SeriesId,
        Title = created.Title,
        IssuingUnit = created.IssuingUnit,
        Sections = created.Sections,
        Distribution = created.Distribution,
        SubmissionEmail = created.SubmissionEmail,
    };
}
