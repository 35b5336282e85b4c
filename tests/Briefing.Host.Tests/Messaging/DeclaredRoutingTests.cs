using Briefing.Host.Modules;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;
using Wolverine.Runtime.Routing;

namespace Briefing.Host.Tests.Messaging;

/// <summary>The modules' tables of the messages they take are the whole of the routing: nothing runs that no module declared, and each declared message reaches its module's queue.</summary>
[Collection(SharedApp.Collection)]
public sealed class DeclaredRoutingTests(AppFixture app)
{
    private readonly IWolverineRuntime _runtime = app.Host.Services.GetRequiredService<IWolverineRuntime>();

    private static IEnumerable<(string Module, Type Message, Type Handler)> Declared =>
        BriefingModules.All.SelectMany(module => module.Handlers.Select(entry => (module.Name, entry.Key, entry.Value)));

    [Fact]
    public void the_handlers_wolverine_runs_are_exactly_the_declared_ones()
    {
        var running = ((WolverineRuntime)_runtime).Handlers.AllChains()
            .SelectMany(chain => chain.Handlers.Select(call => $"{chain.MessageType.Name} → {call.HandlerType.FullName}"))
            .Distinct().Order();

        Assert.Equal(Declared.Select(d => $"{d.Message.Name} → {d.Handler.FullName}").Order(), running);
    }

    [Fact]
    public void each_declared_message_is_sent_to_the_queue_of_every_module_that_takes_it_and_nowhere_else()
    {
        foreach (var message in Declared.GroupBy(d => d.Message))
        {
            var queues = _runtime.RoutingFor(message.Key).Routes.OfType<MessageRoute>().Select(route => route.Uri.ToString().TrimEnd('/')).Order();

            Assert.Equal(message.Select(d => $"local://{d.Module}").Order(), queues);
        }
    }

    [Fact]
    public void every_contract_message_is_taken_by_some_module_so_none_is_sent_nowhere()
    {
        var contracts = new[] { typeof(Submission.Contracts.SeriesDefined), typeof(EditorialReview.Contracts.ItemAccepted), typeof(Publication.Contracts.ItemPlaced), typeof(Identity.Contracts.Actor) }
            .Select(type => type.Assembly);
        var messages = contracts.SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.GetCustomAttributes(typeof(Wolverine.Attributes.MessageIdentityAttribute), inherit: false).Length > 0).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, message => Assert.Contains(message, Declared.Select(d => d.Message)));
    }

    [Fact]
    public void a_module_declares_only_handlers_of_its_own_in_its_FromOtherModules_folder()
    {
        Assert.All(BriefingModules.All, module => Assert.All(module.Handlers.Values,
            handler => Assert.Equal($"{module.RootNamespace}.FromOtherModules", handler.Namespace)));
    }
}
