using Briefing.Kernel;

namespace Briefing.Publication.Contracts;

/// <summary>The ids of publication's event streams, for readers of the whole record (the audit).</summary>
public static class PublicationStreams
{
    /// <summary>An issue, addressed by series and number.</summary>
    public static Guid Issue(string seriesId, int number) => StreamKeys.For("issue", $"{seriesId}/{number}");

    /// <summary>An accepted item as publication keeps it: its text and the issue it sits in.</summary>
    public static Guid ReadyItem(Guid itemId) => StreamKeys.For("ready-item", itemId);

    /// <summary>A series as publication prints it: masthead, sections, footer.</summary>
    public static Guid Series(string seriesId) => StreamKeys.For("publication-series", seriesId);
}
