using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Briefing.Audit.Verifying;
using Briefing.Testing;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Audit.Tests.Chain;

[Collection(SharedApp.Collection)]
public sealed class EventChainTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task every_event_any_module_stores_carries_a_hash_chained_to_the_one_before_it()
    {
        await AuditScenario.PublishedAsync(App);
        await using var session = Store.QuerySession();

        var events = await session.Events.QueryAllRawEvents().ToListAsync();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Headers![EventHash.Header]!.ToString()!));
        var record = App.Host.Services.GetRequiredService<EventRecord>();
        var streams = events.Select(e => e.StreamId).Distinct().ToList();
        var report = ChainCheck.Walk(await record.EventsOfAsync(streams, default), await record.StreamVersionsAsync(streams, default), streams);
        Assert.Equal((events.Count, true), (report.Events, report.Intact));
    }

    [Fact]
    public async Task writers_appending_blind_to_one_stream_at_once_never_fork_the_chain()
    {
        var stream = Guid.NewGuid();
        await using (var start = Store.LightweightSession())
        {
            start.Events.StartStream(stream, new Marker("0"));
            await start.SaveChangesAsync();
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 16).Select(async n =>
        {
            await using var session = Store.LightweightSession();
            session.Events.Append(stream, new Marker(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            try
            {
                await session.SaveChangesAsync();
                return true;
            }
            catch (ConcurrencyException)
            {
                return false; // lost the race: refused rather than chained to a link another writer took
            }
        }));

        var record = App.Host.Services.GetRequiredService<EventRecord>();
        var report = ChainCheck.Walk(await record.EventsOfAsync([stream], default), await record.StreamVersionsAsync([stream], default), [stream]);
        Assert.Equal((1 + outcomes.Count(saved => saved), true), (report.Events, report.Intact));
    }

    private IDocumentStore Store => App.Host.Services.GetRequiredService<IDocumentStore>();

    public sealed record Marker(string Text);
}
