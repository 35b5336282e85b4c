using System.Reflection;
using Wolverine;
using Wolverine.Attributes;

namespace Briefing.Host.Modules;

public static class ModuleMessaging
{
    /// <summary>
    /// Discovers the module's handlers and endpoints and pins every handler of the module to the
    /// module's own durable local queue, so a message two modules handle is stored and retried
    /// separately for each of them.
    /// </summary>
    public static void AddBriefingModule(this WolverineOptions options, BriefingModule module)
    {
        options.Discovery.IncludeAssembly(module.Assembly);
        var queue = options.LocalQueue(module.Name).UseDurableInbox();
        foreach (var handler in HandlerTypes(module))
        {
            queue.AddStickyHandler(handler);
        }
    }

    /// <summary>Wolverine's discovery conventions: a concrete class named *Handler or *Consumer, or marked [WolverineHandler].</summary>
    public static IEnumerable<Type> HandlerTypes(BriefingModule module) =>
        module.Assembly.GetExportedTypes().Where(type =>
            type.IsClass && !(type.IsAbstract && !type.IsSealed) && module.Owns(type.FullName ?? "") &&
            (type.Name.EndsWith("Handler", StringComparison.Ordinal) ||
             type.Name.EndsWith("Consumer", StringComparison.Ordinal) ||
             type.GetCustomAttribute<WolverineHandlerAttribute>() is not null));
}
