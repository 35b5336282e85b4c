namespace Briefing.Kernel;

/// <summary>
/// The application's clock (ADR 19): another clock, the system's or a test's, read at the precision
/// PostgreSQL keeps, microseconds. The host registers it as the container's <see cref="TimeProvider"/>,
/// so every instant code stores (events, answers, messages) is one the database keeps unchanged: an
/// inline projection's copy of an instant equals the event table's, and a document rebuilt from the
/// events is the document written at the time. Timers and timestamps are the source's own, so a test
/// that advances a FakeTimeProvider drives them.
/// </summary>
public sealed class StoredPrecision(TimeProvider source) : TimeProvider
{
    /// <summary>The instant as the database keeps it: cut to the microsecond, in UTC.</summary>
    public static DateTimeOffset Of(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Of(source.GetUtcNow());

    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;

    public override long TimestampFrequency => source.TimestampFrequency;

    public override long GetTimestamp() => source.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        source.CreateTimer(callback, state, dueTime, period);
}
