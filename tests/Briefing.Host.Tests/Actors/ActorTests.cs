using Alba;
using Briefing.Host.Actors;
using Briefing.Host.Tests.Probes;
using Briefing.Host.Tests.Probes.Receiver;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Briefing.Host.Tests.Actors;

[Collection(ProbeFixture.Collection)]
public sealed class ActorTests(ProbeFixture app) : AppTest<ProbeFixture>(app)
{
    [Fact]
    public async Task events_stored_by_a_request_and_by_every_handler_it_cascades_to_carry_the_signed_in_user()
    {
        var editor = await App.CreateUserAsync(Roles.Editor, name: "李编辑");
        var id = Guid.NewGuid();

        await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(editor.Token);
            s.Post.Json(new StartProbe(id, "綦江区")).ToUrl("/api/probes");
            s.StatusCodeShouldBe(201);
        });

        var events = await StreamAsync(id);
        // Appended by the endpoint, then by the receiver's handler, then by the sender's handler of the reply.
        Assert.Equal([typeof(ProbeStarted), typeof(ProbeReceived), typeof(ProbeAcknowledgementRecorded)], events.Select(e => e.EventType));
        Assert.All(events, e => Assert.Equal(new Actor(editor.Id.ToString(), "李编辑"), ActorOf(e)));
    }

    [Fact]
    public async Task events_stored_by_work_no_user_asked_for_carry_the_system_actor()
    {
        var id = Guid.NewGuid();

        await App.Host.ExecuteAndWaitAsync(context => context.PublishAsync(new ProbeSent(id, "nightly")).AsTask());

        var events = await StreamAsync(id);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(Actor.System, ActorOf(e)));
    }

    private async Task<IReadOnlyList<IEvent>> StreamAsync(Guid id)
    {
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }

    private static Actor? ActorOf(IEvent e) =>
        e.Headers is { } headers ? ActorHeaders.From(headers.ToDictionary(h => h.Key, h => h.Value?.ToString())) : null;
}
