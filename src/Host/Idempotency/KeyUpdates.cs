using Briefing.Host.Outages;
using Marten;

namespace Briefing.Host.Idempotency;

/// <summary>
/// Stores what became of an Idempotency-Key's request: its answer (so a retry gets it back) or, when
/// the request failed, nothing (the claim is removed, so the retry runs). When the database is away,
/// the update is made as soon as it answers again, instead of leaving the key claimed until the claim
/// counts as abandoned (and then running a stored write a second time).
/// </summary>
public static partial class KeyUpdates
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>Lets go of the key of a request that failed with <paramref name="failure"/> (or answered 5xx).</summary>
    public static Task ReleaseAsync(HttpContext context, IDocumentStore store, string id, Exception? failure = null) =>
        ApplyAsync(context, () => DeleteAsync(store, id), failure);

    /// <summary>Keeps the answer the key's request gave.</summary>
    public static Task RecordAsync(HttpContext context, IDocumentStore store, IdempotencyRecord answer) =>
        ApplyAsync(context, () => StoreAsync(store, answer), failure: null);

    /// <summary>Retries <paramref name="update"/> until it is made or the host stops (a claim left then counts as abandoned after a while).</summary>
    public static async Task OnceTheDatabaseAnswersAsync(Func<Task> update, DatabaseAvailability availability, ILogger logger, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await Task.Delay(Pause, stopping);
                await availability.WaitUntilAvailableAsync(stopping);
                await update();
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (DatabaseOutage.IsCause(e))
            {
                // not yet
            }
            catch (Exception e)
            {
                LogGaveUp(logger, e);
                return;
            }
        }
    }

    private static async Task ApplyAsync(HttpContext context, Func<Task> update, Exception? failure)
    {
        // The database just failed the request: trying now would only add another connection timeout to its 503.
        if (failure is null || !DatabaseOutage.IsCause(failure))
        {
            try
            {
                await update();
                return;
            }
            catch (Exception e) when (DatabaseOutage.IsCause(e))
            {
            }
        }

        var services = context.RequestServices;
        _ = OnceTheDatabaseAnswersAsync(update, services.GetRequiredService<DatabaseAvailability>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyUpdates)),
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
    }

    private static async Task DeleteAsync(IDocumentStore store, string id)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotencyRecord>(id);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task StoreAsync(IDocumentStore store, IdempotencyRecord answer)
    {
        await using var session = store.LightweightSession();
        session.Store(answer);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An Idempotency-Key could not be updated after the database came back; the key counts as abandoned after a while")]
    private static partial void LogGaveUp(ILogger logger, Exception exception);
}
