using Alba;
using Briefing.Host.Database;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Tracking;
using Xunit;

namespace Briefing.Testing;

/// <summary>
/// The real host (the Program of Briefing.Host) under Alba, on a database of its own in the test
/// run's PostgreSQL. Share it through a collection (<see cref="SharedApp"/>); call
/// <see cref="ResetAsync"/> before each test.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    public static readonly TimeSpan CascadeTimeout = TimeSpan.FromSeconds(30);
    private IAlbaHost? _host;

    public IAlbaHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        _host = await AlbaHost.For<Program>(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting($"ConnectionStrings:{BriefingDatabase.ConnectionStringName}", ConnectionString);
            ConfigureHost(web);
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await TestPostgres.ReleaseAsync();
    }

    /// <summary>Extra configuration for fixtures that need it (e.g. test-only modules).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder web)
    {
    }

    /// <summary>Removes every document, event and stored message, so each test starts from an empty system.</summary>
    public async Task ResetAsync()
    {
        await Host.ResetAllMartenDataAsync();
        await Host.Services.GetRequiredService<IMessageStore>().Admin.ClearAllAsync();
    }

    /// <summary>Runs an HTTP scenario and waits until every message it cascaded, in every module, has been handled.</summary>
    public async Task<(IScenarioResult Response, ITrackedSession Messages)> ScenarioAndWaitAsync(Action<Scenario> scenario)
    {
        IScenarioResult? response = null;
        var messages = await Host.TrackActivity()
            .Timeout(CascadeTimeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await Host.Scenario(scenario)));
        return (response!, messages);
    }
}
