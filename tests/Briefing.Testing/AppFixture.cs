using Alba;
using Briefing.Host.Database;
using Briefing.Host.Startup;
using Briefing.Identity.Authenticating;
using Briefing.Identity.Bootstrapping;
using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
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

    /// <summary>The bootstrap admin's token: an admin exists from the start, as in production.</summary>
    public string AdminToken { get; } = "brf_test-admin-" + Guid.NewGuid().ToString("N");

    /// <summary>Every log event the host wrote, for tests that check what reaches the log.</summary>
    public CapturingSink Log { get; } = new();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        await TestPostgres.WaitUntilAnsweringAsync(ConnectionString);
        try
        {
            _host = await StartHostAsync();
        }
        catch (Exception e) when (TestPostgres.IsSlowStart(e))
        {
            // The host gives PostgreSQL one second to answer (FailFastConnections), which a machine
            // still busy with the previous test project can miss once; a second miss is a real failure.
            Console.Error.WriteLine($"The test host's first start timed out on PostgreSQL; starting it once more: {e.Message}");
            _host = await StartHostAsync();
        }
    }

    private Task<IAlbaHost> StartHostAsync() =>
        AlbaHost.For<Program>(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting($"ConnectionStrings:{BriefingDatabase.ConnectionStringName}", HostConnectionString(ConnectionString));
            web.UseSetting(StartupChecks.BootstrapAdminTokenKey, AdminToken);
            web.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Log));
            ConfigureHost(web);
        });

    /// <summary>Stops the host and starts a new one on the same database and data directory, as restarting the service would.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        _host = null;
        _host = await StartHostAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await TestPostgres.ReleaseAsync();
    }

    /// <summary>The connection string the host is given for the fixture's database (e.g. through a proxy that fails on demand).</summary>
    protected virtual string HostConnectionString(string database) => database;

    /// <summary>Extra configuration for fixtures that need it (e.g. test-only modules).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder web)
    {
    }

    /// <summary>
    /// Removes every document, event and stored message, so each test starts from an empty system
    /// with only the bootstrap admin, and forgets rejected-token counts.
    /// </summary>
    public async Task ResetAsync()
    {
        await Host.ResetAllMartenDataAsync();
        await Host.Services.GetRequiredService<IMessageStore>().Admin.ClearAllAsync();
        Host.Services.GetRequiredService<FailedAuthenticationThrottle>().Clear();
        await Host.Services.GetRequiredService<AdminBootstrap>().EnsureAdminAsync();
        Log.Clear();
    }

    /// <summary>Creates a user through the API, as the admin would, and returns them with their token.</summary>
    public async Task<CreatedUser> CreateUserAsync(string role, string? orgId = null, string? name = null, string? password = null)
    {
        var result = await Host.Scenario(s =>
        {
            s.WithBearerToken(AdminToken);
            s.Post.Json(new CreateUser(name ?? $"{role} {Guid.NewGuid():N}"[..20], role, orgId, password)).ToUrl("/api/admin/users");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<CreatedUser>())!;
    }

    /// <summary>A token for a new user with the role (contributors get an organisation of their own).</summary>
    public async Task<string> TokenForAsync(string role) =>
        (await CreateUserAsync(role, role == Roles.Contributor ? "test-org" : null)).Token;

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
