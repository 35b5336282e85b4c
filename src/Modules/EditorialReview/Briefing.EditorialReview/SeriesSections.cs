using Briefing.Submission.Contracts;
using Marten;

namespace Briefing.EditorialReview;

/// <summary>Review's own read model of each series' section keys, fed by <see cref="SeriesDefined"/>.</summary>
public sealed class SeriesSections
{
    public string Id { get; set; } = "";
    public List<string> Keys { get; set; } = [];
}

public static class SeriesDefinedHandler
{
    public static void Handle(SeriesDefined defined, IDocumentSession session) =>
        session.Store(new SeriesSections { Id = defined.SeriesId, Keys = defined.Sections.Select(section => section.Key).ToList() });
}
