using Briefing.Host.Outages;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Briefing.Host.Health;

/// <summary>Ready means the database answers a query (within the connection timeout, about a second).</summary>
public sealed class PostgresReadyCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (DatabaseOutage.IsCause(e))
        {
            // No exception attached: a probe every few seconds during an outage must not log a stack trace each time.
            return HealthCheckResult.Unhealthy($"PostgreSQL is not reachable: {DatabaseUnavailable.Reason(e)}");
        }
    }
}
