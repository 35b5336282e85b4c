using Alba;
using Briefing.Host.Tests.Probes;
using Briefing.Host.Tests.Probes.Receiver;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Host.Tests.Probes.Watcher;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Briefing.Host.Tests.Messaging;

[Collection(ProbeFixture.Collection)]
public sealed class ModuleMessagingTests(ProbeFixture app) : AppTest<ProbeFixture>(app)
{
    [Fact]
    public async Task a_message_published_by_one_module_is_handled_by_every_module_that_handles_it_through_their_own_durable_queues()
    {
        var id = Guid.NewGuid();

        var (_, messages) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new StartProbe(id, "綦江区 教育强市")).ToUrl("/api/probes");
            s.StatusCodeShouldBe(201);
        });

        var deliveries = messages.Executed.Envelopes().Where(e => e.Message is ProbeSent).Select(e => e.Destination).ToList();
        Assert.Equal([new Uri("local://probe-receiver"), new Uri("local://probe-watcher")], deliveries.OrderBy(uri => uri?.ToString()));
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal("綦江区 教育强市", (await session.LoadAsync<ProbeReceipt>(id))?.Text);
        Assert.NotNull(await session.LoadAsync<ProbeSighting>(id));
        Assert.Equal(1, await StoredIncomingEnvelopesAsync("probe-sent", "local://probe-receiver"));
        Assert.Equal(1, await StoredIncomingEnvelopesAsync("probe-sent", "local://probe-watcher"));
    }

    [Fact]
    public async Task a_message_only_one_module_handles_goes_to_that_modules_durable_queue()
    {
        var id = Guid.NewGuid();

        var (_, messages) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new StartProbe(id, "ack")).ToUrl("/api/probes");
            s.StatusCodeShouldBe(201);
        });

        Assert.Equal(new Uri("local://probe-sender"), messages.Executed.SingleEnvelope<ProbeAcknowledged>().Destination);
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.NotNull(await session.LoadAsync<ProbeAcknowledgement>(id));
        Assert.Equal(1, await StoredIncomingEnvelopesAsync("probe-acknowledged", "local://probe-sender"));
    }

    // The durable inbox keeps handled envelopes for a while: the message went through PostgreSQL.
    private async Task<long> StoredIncomingEnvelopesAsync(string messageType, string queue) =>
        (long)(await Sql.ScalarAsync(App.ConnectionString,
            "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type = $1 AND received_at = $2",
            messageType, new Uri(queue).ToString()))!;
}
