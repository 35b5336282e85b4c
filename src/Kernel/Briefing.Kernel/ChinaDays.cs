namespace Briefing.Kernel;

/// <summary>China has one time zone and no daylight saving: a day is a day in UTC+8.</summary>
public static class ChinaDays
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day <paramref name="instant"/> falls on in China.</summary>
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
