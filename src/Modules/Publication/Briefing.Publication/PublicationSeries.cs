using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Briefing.Submission.Contracts;
using Marten;

namespace Briefing.Publication;

public sealed record SectionTitle(string Key, string Title);

/// <summary>Publication learned of a series (from <see cref="SeriesDefined"/>): what its issues look like in print.</summary>
public sealed record PublicationSeriesRegistered(
    string SeriesId,
    string Title,
    string IssuingUnit,
    IReadOnlyList<SectionTitle> Sections,
    string Distribution,
    string? SubmissionEmail);

/// <summary>Publication's own view of a series: its masthead, its sections in print order and its footer.</summary>
public sealed class PublicationSeries
{
    public Guid Id { get; set; }
    public string SeriesId { get; set; } = "";
    public string Title { get; set; } = "";
    public string IssuingUnit { get; set; } = "";
    public List<SectionTitle> Sections { get; set; } = [];
    public string Distribution { get; set; } = "";
    public string? SubmissionEmail { get; set; }

    public static Guid StreamIdFor(string seriesId) => PublicationStreams.Series(seriesId);

    public static PublicationSeries Create(PublicationSeriesRegistered registered) => new()
    {
        Id = StreamIdFor(registered.SeriesId),
        SeriesId = registered.SeriesId,
        Title = registered.Title,
        IssuingUnit = registered.IssuingUnit,
        Sections = [.. registered.Sections],
        Distribution = registered.Distribution,
        SubmissionEmail = registered.SubmissionEmail,
    };

    public bool HasSection(string key) => Sections.Exists(section => section.Key == key);

    public static Task<PublicationSeries?> OfAsync(IQuerySession session, string seriesId, CancellationToken cancellationToken) =>
        session.LoadAsync<PublicationSeries>(StreamIdFor(seriesId), cancellationToken);
}
