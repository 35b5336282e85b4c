using Wolverine;
using Wolverine.Configuration;

namespace Briefing.Host.Modules;

/// <summary>
/// Every module handles the messages of other modules from a durable local queue of its own, named
/// after the module. Each module declares the messages it takes and their handlers
/// (<see cref="BriefingModule.Handlers"/>), and that table is the routing: each message is published
/// to the queue of every module that takes it, and each handler is pinned ("sticky") to its module's
/// queue, so a message several modules take (split per handler, MultipleHandlerBehavior.Separated)
/// runs each module's handler on that module's queue. Wolverine's conventional handler discovery is
/// off: a handler nobody declared never runs. Each queue keeps one item's
/// messages in the order they were sent (an edit never overtakes the acceptance it follows) while
/// different items proceed in parallel: Wolverine's partitioned processing, grouped by the stream
/// the message is about.
/// </summary>
public static class ModuleMessaging
{
    /// <summary>Messages about one item, organisation or series are handled one at a time, in order; up to this many groups at once.</summary>
    public const PartitionSlots ParallelGroups = PartitionSlots.Seven;

    /// <summary>The property that names what a message is about, first match wins: every contract message has one of these.</summary>
    public static readonly string[] GroupProperties = ["ItemId", "OrgId", "SeriesId"];

    /// <summary>Call once, before adding the modules: handlers come only from the modules' declarations, and messages are grouped by what they are about.</summary>
    public static void RouteMessagesToModuleQueues(this WolverineOptions options)
    {
        options.Discovery.DisableConventionalDiscovery();
        options.MessagePartitioning.ByPropertyNamed(GroupProperties);
    }

    public static void AddBriefingModule(this WolverineOptions options, BriefingModule module)
    {
        // The assembly's HTTP endpoints are discovered from it; its message handlers only as declared.
        options.Discovery.IncludeAssembly(module.Assembly);
        var queue = options.LocalQueue(module.Name).UseDurableInbox().PartitionProcessingByGroupId(ParallelGroups).UseWireTap();
        foreach (var (message, handler) in module.Handlers)
        {
            options.Publish(rule => rule.Message(message).ToLocalQueue(module.Name));
            options.Discovery.IncludeType(handler);
            queue.AddStickyHandler(handler);
        }
    }
}
