using System.Data.Common;
using Npgsql;

namespace Briefing.Host.Outages;

/// <summary>
/// Connections that give up within a second when PostgreSQL does not answer (Npgsql's default is
/// 15 s), so a request during an outage answers 503 within 2 s instead of hanging. Npgsql's
/// <c>Timeout</c> bounds both opening a connection and waiting for a free one in the pool. A
/// <c>Timeout</c> the connection string sets itself is kept, as is everything else in it.
/// </summary>
public static class FailFastConnections
{
    public const int TimeoutSeconds = 1;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey(nameof(NpgsqlConnectionStringBuilder.Timeout)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = TimeoutSeconds }.ConnectionString;
    }
}
