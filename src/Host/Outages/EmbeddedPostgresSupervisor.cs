using Briefing.Host.Database;

namespace Briefing.Host.Outages;

/// <summary>
/// Checks every second that the embedded PostgreSQL server this host started still runs, and when it
/// died (killed, crashed, out of memory) starts it again, waiting longer after each failed attempt.
/// Nothing to do with a connection string to a server of your own, or beside a running service.
/// </summary>
public sealed partial class EmbeddedPostgresSupervisor(IServiceProvider services, ILogger<EmbeddedPostgresSupervisor> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Registered by Program after the host's services; a test host on a connection string has none.
        if (services.GetService<BriefingDatabase>()?.Embedded is not { OwnsServer: true } server)
        {
            return;
        }

        var failedAttempts = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            await DelayAsync(failedAttempts == 0 ? CheckInterval : WaitAfter(failedAttempts), stoppingToken);
            if (stoppingToken.IsCancellationRequested || server.IsServerRunning())
            {
                failedAttempts = 0;
                continue;
            }

            LogRestarting(logger, failedAttempts + 1);
            var failure = await RestartAsync(server, stoppingToken);
            if (failure is null)
            {
                LogRestarted(logger, server.Port);
                failedAttempts = 0;
            }
            else if (!stoppingToken.IsCancellationRequested)
            {
                failedAttempts++;
                LogRestartFailed(logger, failedAttempts, WaitAfter(failedAttempts).TotalSeconds, failure);
            }
        }
    }

    /// <summary>1, 2, 4, 8, 16, then 30 seconds.</summary>
    public static TimeSpan WaitAfter(int failedAttempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failedAttempts - 1, 10)), LongestWait.TotalSeconds));

    private static async Task<string?> RestartAsync(EmbeddedPostgres server, CancellationToken stoppingToken)
    {
        try
        {
            return await server.RestartAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return "the host is stopping";
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The embedded PostgreSQL server is not running; starting it again (attempt {Attempt})")]
    private static partial void LogRestarting(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The embedded PostgreSQL server runs again on 127.0.0.1:{Port}")]
    private static partial void LogRestarted(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The embedded PostgreSQL server did not start (attempt {Attempt}); next attempt in {Seconds} s: {Reason}")]
    private static partial void LogRestartFailed(ILogger logger, int attempt, double seconds, string reason);
}
