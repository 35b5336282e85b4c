using Briefing.Host.Idempotency;
using Briefing.Host.Outages;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Host.Tests.Faults;

[Collection(SharedApp.Collection)]
public sealed class KeyUpdatesTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task a_key_whose_request_failed_in_an_outage_is_released_once_the_database_answers_again()
    {
        var store = App.Host.Services.GetRequiredService<IDocumentStore>();
        const string id = "caller|/api/submissions|key-1";
        await using (var session = store.LightweightSession())
        {
            session.Store(new IdempotencyRecord { Id = id, RequestHash = "h", StartedAt = App.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow() });
            await session.SaveChangesAsync();
        }

        var availability = new DatabaseAvailability();
        availability.MarkUnavailable();
        var release = KeyUpdates.OnceTheDatabaseAnswersAsync(() => DeleteAsync(store, id), availability, NullLogger.Instance, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.NotNull(await LoadAsync(store, id)); // the database is still "away"

        availability.MarkAvailable();
        await release.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await LoadAsync(store, id));
    }

    private static async Task DeleteAsync(IDocumentStore store, string id)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotencyRecord>(id);
        await session.SaveChangesAsync();
    }

    private static async Task<IdempotencyRecord?> LoadAsync(IDocumentStore store, string id)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<IdempotencyRecord>(id);
    }
}
