using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Audit;

/// <summary>Auditors replay the history of an issue, see it at any instant, diff revisions and verify the record.</summary>
public static class AuditModule
{
    /// <summary>The module's name: its durable local queue and the Module property of its log lines (it has no schema: it reads the event store's).</summary>
    public const string Name = "audit";

    public static IServiceCollection AddAuditModule(this IServiceCollection services) =>
        services
            .AddSingleton<EventRecord>()
            .ConfigureMarten(marten => marten.Listeners.Add(new EventChainListener()));
}
