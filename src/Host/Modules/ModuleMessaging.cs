using System.Reflection;
using System.Runtime.CompilerServices;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Util;

namespace Briefing.Host.Modules;

/// <summary>
/// Every module handles its messages from a durable local queue of its own, named after the module.
/// Wolverine reaches that queue two ways: a message only one module handles is routed by the
/// conventional local routing, whose queue names <see cref="RouteMessagesToModuleQueues"/> sets; a
/// message several modules handle is split per handler (MultipleHandlerBehavior.Separated) and each
/// handler is pinned ("sticky") to its module's queue. Each queue handles one message at a time, in
/// the order they were sent: an edit of an item never overtakes the acceptance it follows.
/// </summary>
public static class ModuleMessaging
{
    // Modules added to each WolverineOptions; test hosts add modules after the service collection is sealed.
    private static readonly ConditionalWeakTable<WolverineOptions, List<BriefingModule>> Registered = [];
    private static readonly string[] HandlerMethodNames = ["Handle", "HandleAsync", "Handles", "HandlesAsync", "Consume", "ConsumeAsync", "Consumes", "ConsumesAsync"];

    public static void AddBriefingModule(this WolverineOptions options, BriefingModule module)
    {
        Registered.GetOrCreateValue(options).Add(module);
        options.Discovery.IncludeAssembly(module.Assembly);
        var queue = options.LocalQueue(module.Name).UseDurableInbox().Sequential().UseWireTap();
        foreach (var handler in HandlerTypes(module))
        {
            queue.AddStickyHandler(handler);
        }
    }

    /// <summary>Call once: names the local queue of each message after the module that handles it.</summary>
    public static void RouteMessagesToModuleQueues(this WolverineOptions options) =>
        options.Policies.ConfigureConventionalLocalRouting().Named(messageType =>
            Registered.GetOrCreateValue(options).FirstOrDefault(module => HandledMessageTypes(module).Contains(messageType))?.Name
            ?? messageType.ToMessageTypeName());

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
