namespace Briefing.Kernel;

/// <summary>
/// The clock events are stamped with. PostgreSQL keeps microseconds: taken at that precision, the
/// instant inline projections copy into documents is the instant the store keeps, so a document
/// rebuilt from the events is the document written at the time.
/// </summary>
public sealed class DatabaseClock : TimeProvider
{
    /// <summary>Now, for code that names an event's instant itself (a publication, an import).</summary>
    public static DateTimeOffset Now => ToStoredPrecision(System.GetUtcNow());

    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => ToStoredPrecision(base.GetUtcNow());
}
