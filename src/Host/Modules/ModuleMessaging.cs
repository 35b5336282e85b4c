using System.Reflection;
using System.Runtime.CompilerServices;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Configuration;
using Wolverine.Util;

namespace Briefing.Host.Modules;

/// <summary>
/// Every module handles its messages from a durable local queue of its own, named after the module.
/// Wolverine reaches that queue two ways: a message only one module handles is routed by the
/// conventional local routing, whose queue names <see cref="RouteMessagesToModuleQueues"/> sets; a
/// message several modules handle is split per handler (MultipleHandlerBehavior.Separated) and each
/// handler is pinned ("sticky") to its module's queue. Each queue keeps one item's messages in the
/// order they were sent (an edit never overtakes the acceptance it follows) while different items
/// proceed in parallel: Wolverine's partitioned processing, grouped by the stream the message is about.
/// </summary>
public static class ModuleMessaging
{
    // Modules added to each WolverineOptions; test hosts add modules after the service collection is sealed.
    private static readonly ConditionalWeakTable<WolverineOptions, List<BriefingModule>> Registered = [];
    /// <summary>Messages about one item, organisation or series are handled one at a time, in order; up to this many groups at once.</summary>
    public const PartitionSlots ParallelGroups = PartitionSlots.Seven;

    /// <summary>The property that names what a message is about, first match wins: every contract message has one of these.</summary>
    public static readonly string[] GroupProperties = ["ItemId", "OrgId", "SeriesId"];

    private static readonly string[] HandlerMethodNames = ["Handle", "HandleAsync", "Handles", "HandlesAsync", "Consume", "ConsumeAsync", "Consumes", "ConsumesAsync"];

    public static void AddBriefingModule(this WolverineOptions options, BriefingModule module)
    {
        Registered.GetOrCreateValue(options).Add(module);
        options.Discovery.IncludeAssembly(module.Assembly);
        var queue = options.LocalQueue(module.Name).UseDurableInbox().PartitionProcessingByGroupId(ParallelGroups).UseWireTap();
        foreach (var handler in HandlerTypes(module))
        {
            queue.AddStickyHandler(handler);
        }
    }

    /// <summary>Call once: names the local queue of each message after the module that handles it, and groups messages by what they are about.</summary>
    public static void RouteMessagesToModuleQueues(this WolverineOptions options)
    {
        options.MessagePartitioning.ByPropertyNamed(GroupProperties);
        options.Policies.ConfigureConventionalLocalRouting().Named(messageType =>
            Registered.GetOrCreateValue(options).FirstOrDefault(module => HandledMessageTypes(module).Contains(messageType))?.Name
            ?? messageType.ToMessageTypeName());
    }

    /// <summary>Wolverine's discovery conventions: a concrete class named *Handler or *Consumer, or marked [WolverineHandler].</summary>
    public static IEnumerable<Type> HandlerTypes(BriefingModule module) =>
        module.Assembly.GetExportedTypes().Where(type =>
            type.IsClass && !(type.IsAbstract && !type.IsSealed) && module.Owns(type.FullName ?? "") &&
            (type.Name.EndsWith("Handler", StringComparison.Ordinal) ||
             type.Name.EndsWith("Consumer", StringComparison.Ordinal) ||
             type.GetCustomAttribute<WolverineHandlerAttribute>() is not null));

    private static IEnumerable<Type> HandledMessageTypes(BriefingModule module) =>
        HandlerTypes(module)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => HandlerMethodNames.Contains(method.Name) && method.GetParameters().Length > 0)
            .Select(method => method.GetParameters()[0].ParameterType);
}
