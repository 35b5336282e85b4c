using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Audit;

/// <summary>
/// Chains every event any module stores into a tamper-evident record; auditors read an issue's
/// history, see it at any instant, diff an item's revisions and verify the record. Audit stores
/// nothing of its own: it reads the event tables.
/// </summary>
public static class AuditModule
{
    /// <summary>The module's name: its durable local queue and the Module property of its log lines (it has no database schema: it keeps no documents).</summary>
    public const string Name = "audit";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>();

    public static IServiceCollection AddAuditModule(this IServiceCollection services) =>
        services
            .AddSingleton<EventRecord>()
            .ConfigureMarten((provider, marten) => marten.Listeners.Add(new EventChainListener(provider.GetRequiredService<TimeProvider>())));
}
