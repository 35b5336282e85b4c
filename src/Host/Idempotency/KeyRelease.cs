using Briefing.Host.Outages;
using Marten;

namespace Briefing.Host.Idempotency;

/// <summary>
/// Lets go of an Idempotency-Key whose request failed, so the client's retry with the same key runs.
/// When the failure was the database going away, the claim cannot be removed yet; it is removed as
/// soon as the database answers again, instead of blocking the key until the claim counts as abandoned.
/// </summary>
public static class KeyRelease
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    public static async Task ReleaseAsync(HttpContext context, IDocumentStore store, string id)
    {
        try
        {
            await DeleteAsync(store, id);
        }
        catch (Exception e) when (DatabaseOutage.IsCause(e))
        {
            var services = context.RequestServices;
            _ = ReleaseOnceTheDatabaseAnswersAsync(store, id, services.GetRequiredService<DatabaseAvailability>(),
                services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        }
    }

    /// <summary>Retries until the claim is gone or the host stops (a claim left then counts as abandoned after a while).</summary>
    public static async Task ReleaseOnceTheDatabaseAnswersAsync(IDocumentStore store, string id, DatabaseAvailability availability, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await Task.Delay(Pause, stopping);
                await availability.WaitUntilAvailableAsync(stopping);
                await DeleteAsync(store, id);
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
        }
    }

    private static async Task DeleteAsync(IDocumentStore store, string id)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotencyRecord>(id);
        await session.SaveChangesAsync(CancellationToken.None);
    }
}
