using Briefing.Submission.Contracts;
using Marten;

namespace Briefing.EditorialReview.FromOtherModules;

/// <summary>Review learns of a series' sections when submission defines it.</summary>
public static class SeriesDefinedHandler
{
    public static async Task Handle(SeriesDefined defined, IDocumentSession session, CancellationToken cancellationToken)
    {
        var streamId = ReviewSeries.StreamIdFor(defined.SeriesId);
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null)
        {
            session.Events.StartStream<ReviewSeries>(streamId, new ReviewSeriesRegistered(defined.SeriesId, defined.Sections.Select(s => s.Key).ToList()));
        }
    }
}
