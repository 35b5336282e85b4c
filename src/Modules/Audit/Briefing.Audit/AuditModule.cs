using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Audit;

/// <summary>Auditors replay the history of an issue, see it at any instant, diff revisions and verify the record.</summary>
public static class AuditModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "audit";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>();

    public static IServiceCollection AddAuditModule(this IServiceCollection services) =>
        services
            .AddSingleton<EventRecord>()
            .ConfigureMarten(marten => marten.Listeners.Add(new EventChainListener()));
}
