using System.Globalization;

namespace Briefing.Kernel;

/// <summary>
/// Asia/Shanghai, the time zone of every series: China has one time zone and no daylight saving, so
/// a day in China is UTC+8 from midnight to midnight.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day <paramref name="instant"/> falls on in China.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>2025年4月18日</summary>
    public static string ChineseDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>2025年4月18日: the day <paramref name="instant"/> falls on in China.</summary>
    public static string ChineseDate(DateTimeOffset instant) => ChineseDate(DayOf(instant));

    /// <summary>The instant <paramref name="day"/> starts in China.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
