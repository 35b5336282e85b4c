using System.Net.Sockets;
using Npgsql;

namespace Briefing.Host.Outages;

/// <summary>
/// Tells an exception that means "PostgreSQL cannot be reached right now" (the request may succeed
/// when retried) from one that means the request or the code is wrong. Marten and Wolverine wrap
/// Npgsql's exceptions, so the whole chain of inner exceptions is searched.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsCause(Exception exception) => Verdict(exception) ?? false;

    // The first exception in the chain that says anything about the database decides.
    private static bool? Verdict(Exception? exception) => exception switch
    {
        null => null,
        PostgresException postgres => IsUnavailableState(postgres.SqlState),
        // A programming error (two commands at once on one connection), not an outage.
        NpgsqlOperationInProgressException => false,
        NpgsqlException => true,
        SocketException => true,
        TimeoutException when exception.Source == typeof(NpgsqlConnection).Assembly.GetName().Name => true,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Verdict).FirstOrDefault(verdict => verdict is not null),
        _ => Verdict(exception.InnerException),
    };

    /// <summary>
    /// Class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed or is still
    /// starting) and 53300 (every connection slot taken): the server is there but not serving now.
    /// </summary>
    public static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
