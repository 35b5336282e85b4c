using Briefing.Submission.Contracts;
using Wolverine.Marten;

namespace Briefing.Publication.FromOtherModules;

/// <summary>Publication keeps its own view of a series defined in submission: what its issues look like in print.</summary>
public static class SeriesDefinedHandler
{
    public static Guid SeriesStream(SeriesDefined defined) => PublicationSeries.StreamIdFor(defined.SeriesId);

    /// <summary>A series is registered once; a redelivered definition changes nothing.</summary>
    public static Events Handle(SeriesDefined defined, [WriteAggregate(FromMethod = nameof(SeriesStream), Required = false)] PublicationSeries? series) =>
        series is not null
            ? []
            : [new PublicationSeriesRegistered(defined.SeriesId, defined.Title, defined.IssuingUnit,
                [.. defined.Sections.Select(section => new SectionTitle(section.Key, section.Title))], defined.Distribution, defined.SubmissionEmail)];
}
