using Briefing.Kernel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Testing;

/// <summary>
/// The real host on a clock the tests hold (ADR 19), for tests about instants. <see cref="Clock"/>
/// starts in the week of 第 41 期 and moves one microsecond, the store's precision, each time it is
/// read, so no two instants the system takes are equal; a test moves it on with
/// <see cref="FakeTimeProvider.Advance"/>. Timers on it (a write's wait for its cascade) fire only when
/// it is advanced past them: advance it between requests, not while one is under way.
/// </summary>
public sealed class FakeClockAppFixture : AppFixture
{
    public const string Collection = "fake-clock-app";

    /// <summary>Thursday 17 April 2025, 10:00 in Chongqing.</summary>
    public static readonly DateTimeOffset Start = new(2025, 4, 17, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMicroseconds(1) };

    protected override void ConfigureHost(IWebHostBuilder web) =>
        web.ConfigureServices(services => services.AddSingleton<TimeProvider>(new StoredPrecision(Clock)));
}
