using JasperFx.Events;

namespace Briefing.Kernel;

public static class Stamped
{
    /// <summary>
    /// An event that names its own instant (a publication's publishedAt, an erratum's issuedAt), to be
    /// stored at that instant: the event's data and its timestamp agree, and a replay as of that
    /// instant includes it.
    /// </summary>
    public static IEvent At<T>(DateTimeOffset instant, T data) where T : notnull => new Event<T>(data) { Timestamp = instant };
}
