using System.Diagnostics;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime;

namespace Briefing.Host.Outages;

/// <summary>
/// What a module queue does with a message whose handler failed because PostgreSQL is unreachable:
/// it keeps the message, waits (a little longer each attempt, and for as long as the database does not
/// answer) and runs the handler again in place. Its slot of the queue (ADR 14) handles nothing else
/// meanwhile, so the messages behind it, those of the same item among them, keep their order.
/// Wolverine's default, the dead-letter queue, needs the database
/// itself and would lose the message from the cascade.
/// </summary>
public sealed partial class WaitForTheDatabase : IContinuationSource, IContinuation
{
    public static readonly WaitForTheDatabase Instance = new();
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    public string Description => "Wait until the database answers, then retry in place";

    public IContinuation Build(Exception ex, Envelope envelope) => this;

    public async ValueTask ExecuteAsync(IEnvelopeLifecycle lifecycle, IWolverineRuntime runtime, DateTimeOffset now, Activity? activity)
    {
        var envelope = lifecycle.Envelope!;
        var availability = runtime.Services.GetRequiredService<DatabaseAvailability>();
        availability.RequestProbe();
        var logger = runtime.LoggerFactory.CreateLogger<WaitForTheDatabase>();
        LogWaiting(logger, envelope.MessageType, envelope.Destination, envelope.Attempts);
        // Wolverine cancels its own token only after its queues have drained, which would wait for this.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            runtime.Cancellation, runtime.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            // The pause gives the monitor time to notice the outage before the wait asks it.
            await Task.Delay(PauseAfter(envelope.Attempts), stopping.Token);
            await availability.WaitUntilAvailableAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping: the message stays in the durable inbox and is handled after the next start.
            return;
        }

        await lifecycle.RetryExecutionNowAsync();
    }

    /// <summary>0.25, 0.5, 1, 2, 4, then 5 seconds.</summary>
    public static TimeSpan PauseAfter(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, Math.Clamp(attempts - 1, 0, 10)), LongestPause.TotalMilliseconds));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} in {Queue} waits for the database (attempt {Attempt} failed); it is retried in place when the database answers")]
    private static partial void LogWaiting(ILogger logger, string? messageType, Uri? queue, int attempt);
}

public static class DatabaseOutagePolicy
{
    /// <summary>A handler that fails because the database is unreachable waits for it, however long it takes (<see cref="WaitForTheDatabase"/>).</summary>
    public static void WaitForTheDatabaseOnOutage(this WolverineOptions wolverine) =>
        wolverine.OnException(DatabaseOutage.IsCause).ContinueWith(WaitForTheDatabase.Instance);
}
