using JasperFx.Events;

namespace Briefing.Kernel;

public static class EventStreams
{
    /// <summary>
    /// After fetching a stream for writing (one read) and checking the caller may see it: a version
    /// other than <paramref name="expectedVersion"/> raises Marten's concurrency error, the central 409
    /// version conflict. A change landing between the fetch and the save is caught by Marten the same way.
    /// </summary>
    public static IEventStream<T> AtVersion<T>(this IEventStream<T> stream, long? expectedVersion) where T : class =>
        expectedVersion is { } expected && stream.CurrentVersion != expected
            ? throw new EventStreamUnexpectedMaxEventIdException(stream.Id, typeof(T), expected, stream.CurrentVersion ?? 0)
            : stream;

    /// <summary>
    /// Appends an event that names its own instant (a publication's publishedAt): the store records
    /// it at that instant, so the event's data and its timestamp agree, and a replay as of that
    /// instant includes it.
    /// </summary>
    public static void AppendAt<T>(this IEventStream<T> stream, object @event, DateTimeOffset at) where T : class
    {
        stream.AppendOne(@event);
        stream.Events[^1].Timestamp = at;
    }
}
