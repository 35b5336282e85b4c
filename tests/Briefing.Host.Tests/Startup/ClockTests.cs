using Briefing.Kernel;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Startup;

[Collection(SharedApp.Collection)]
public sealed class ClockTests(AppFixture app)
{
    private static readonly DateTimeOffset Thursday = new(2025, 4, 17, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void the_container_holds_one_clock_at_the_stores_precision_and_events_are_stamped_with_it()
    {
        var clock = app.Host.Services.GetRequiredService<TimeProvider>();

        Assert.IsType<StoredPrecision>(clock);
        Assert.Same(clock, ((DocumentStore)app.Host.Services.GetRequiredService<IDocumentStore>()).Options.Events.TimeProvider);
    }

    [Fact]
    public void instants_are_cut_to_the_microsecond_in_utc()
    {
        var source = new FakeTimeProvider(Thursday.AddTicks(1234567).ToOffset(TimeSpan.FromHours(8)));

        var now = new StoredPrecision(source).GetUtcNow();

        Assert.Equal(Thursday.AddTicks(1234560), now);
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }

    [Fact]
    public async Task timers_are_the_source_clocks_so_a_test_that_advances_it_fires_them()
    {
        var source = new FakeTimeProvider(Thursday);
        var clock = new StoredPrecision(source);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);
        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);

        source.Advance(TimeSpan.FromSeconds(10));
        Assert.True(bound.IsCancellationRequested);
        Assert.False(delay.IsCompleted);
        source.Advance(TimeSpan.FromMinutes(1));
        await delay;
    }
}
