using System.Diagnostics;
using Npgsql;

namespace Briefing.Host.Outages;

/// <summary>
/// Asks PostgreSQL every second (and at once when someone saw a failure) whether it answers, on a
/// connection of its own (outside the pool), and logs each outage once: a warning when it starts,
/// an information line when it ends. It empties the
/// connection pool at every failed probe and again when an outage ends (its connections may all be dead),
/// and lets the messages waiting for the database go on.
/// </summary>
public sealed partial class DatabaseAvailabilityMonitor(
    DatabaseAvailability availability,
    NpgsqlDataSource dataSource,
    ProbeConnectionString probe,
    ILogger<DatabaseAvailabilityMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _outage = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await WaitForNextProbeAsync(stoppingToken))
        {
            await ProbeOnceAsync(stoppingToken);
        }
    }

    private async Task ProbeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(probe.Value);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An idle pooled connection to a server that went silent would take a request's query and
            // never answer; without them every request opens a new connection, which gives up in a second.
            // Emptied at every failed probe (also one just after an outage that was not yet seen to end),
            // and before the outage is announced, so nobody who heard of it takes one of those.
            dataSource.Clear();

            // Wrong credentials or a dropped database count here too: the service cannot work either (its calls answer 500, not 503).
            if (availability.MarkUnavailable())
            {
                _outage.Restart();
                LogOutageStarted(logger, DatabaseUnavailable.Reason(e));
            }

            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!availability.IsAvailable)
        {
            // Pooled connections opened before the outage are dead; new ones are made on demand.
            dataSource.Clear();
            NpgsqlConnection.ClearAllPools();
            availability.MarkAvailable();
            LogOutageEnded(logger, _outage.Elapsed.TotalSeconds);
        }
    }

    private async Task<bool> WaitForNextProbeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await availability.WaitForProbeAsync(ProbeInterval, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL does not answer ({Reason}); API calls answer 503 and module messages wait until it does")]
    private static partial void LogOutageStarted(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL answers again after {Seconds:0.0} s; waiting module messages go on")]
    private static partial void LogOutageEnded(ILogger logger, double seconds);
}

/// <summary>
/// The connection string the monitor probes with: the service's own, unpooled, so a probe never takes
/// a connection from the requests, and quick to give up on a server that went silent mid-probe.
/// </summary>
public sealed record ProbeConnectionString(string Value)
{
    public static ProbeConnectionString For(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 2 }.ConnectionString);

    public override string ToString() => nameof(ProbeConnectionString); // it holds the password
}
