using System.Reflection;

namespace Briefing.Host.Modules;

/// <summary>
/// A module as the host sees it: a name (its durable local queue and the Module property of its log
/// lines), the assembly and namespace that hold its endpoints, the messages of other modules it takes
/// with their handlers (they run on its queue), and how it adds its services (Marten projections, options ...).
/// </summary>
public sealed record BriefingModule(string Name, Assembly Assembly, string RootNamespace, IReadOnlyDictionary<Type, Type> Handlers, Action<IServiceCollection, IConfiguration>? AddServices = null)
{
    public static BriefingModule Of(string name, Type marker, IReadOnlyDictionary<Type, Type> handlers, Action<IServiceCollection, IConfiguration>? addServices = null) =>
        new(name, marker.Assembly, marker.Namespace!, handlers, addServices);

    /// <summary>Whether a type or logger category name belongs to this module.</summary>
    public bool Owns(string fullName) =>
        fullName == RootNamespace || fullName.StartsWith(RootNamespace + ".", StringComparison.Ordinal);
}
