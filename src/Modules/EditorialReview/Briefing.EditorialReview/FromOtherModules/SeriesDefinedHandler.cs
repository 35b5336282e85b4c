using Briefing.Submission.Contracts;
using Wolverine.Marten;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Review learns of a series' sections when submission defines it (a redelivery changes nothing).</summary>
public static class SeriesDefinedHandler
{
    public static Guid SeriesStream(SeriesDefined defined) => ReviewSeries.StreamIdFor(defined.SeriesId);

    public static IMartenOp Handle(SeriesDefined defined, [ReadAggregate(FromMethod = nameof(SeriesStream), Required = false)] ReviewSeries? known) =>
        known is not null
            ? MartenOps.Nothing()
            : MartenOps.StartStream<ReviewSeries>(ReviewSeries.StreamIdFor(defined.SeriesId), new ReviewSeriesRegistered(defined.SeriesId, [.. defined.Sections.Select(s => s.Key)]));
}
