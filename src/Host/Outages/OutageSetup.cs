using Marten;


namespace Briefing.Host.Outages;

/// <summary>Everything that keeps the service answering through a database outage and recovering after it (ADR 15).</summary>
public static class OutageSetup
{
    public static IServiceCollection AddDatabaseOutageHandling(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton(ProbeConnectionString.For(connectionString));
        services.AddHostedService<DatabaseAvailabilityMonitor>();
        services.AddHostedService<EmbeddedPostgresSupervisor>();
        services.ConfigureMarten(marten => marten.RetryReadsOnceUnlessTimedOut());
        return services;
    }
}
