namespace Briefing.Kernel;

/// <summary>
/// The clock events are stamped with. PostgreSQL keeps microseconds: taken at that precision, the
/// instant inline projections copy into documents is the instant the store keeps, so a document
/// rebuilt from the events is the document written at the time.
/// </summary>
/// <remarks>Being replaced by the container's <see cref="TimeProvider"/>, a <see cref="StoredPrecision"/> (ADR 19); deleted once nothing uses it.</remarks>
public sealed class DatabaseClock : TimeProvider
{
    /// <summary>Now, for code that names an event's instant itself (a publication, an import).</summary>
    public static DateTimeOffset Now => ToStoredPrecision(System.GetUtcNow());

    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) => StoredPrecision.Of(instant);

    public override DateTimeOffset GetUtcNow() => ToStoredPrecision(base.GetUtcNow());
}
