using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Tests.Events;

[Collection(SharedApp.Collection)]
public sealed class EventNamingTests(AppFixture app)
{
    /// <summary>
    /// Marten names a stored event by its class name: two modules' events with one name would be read
    /// back as each other. Modules declare their event types in their Marten configuration.
    /// </summary>
    [Fact]
    public void no_two_event_types_share_a_stored_name()
    {
        var events = app.Host.Services.GetRequiredService<IDocumentStore>().Options.Events.AllKnownEventTypes().ToList();

        Assert.Contains(events, e => e.EventType.Name == "ItemSubmitted");
        var clashes = events.GroupBy(e => e.EventTypeName).Where(g => g.Select(e => e.EventType).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(clashes);
    }
}
