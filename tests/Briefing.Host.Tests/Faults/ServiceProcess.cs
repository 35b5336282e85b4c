using System.Text;
using Briefing.Host.Tests.Startup;
using Briefing.Testing;

namespace Briefing.Host.Tests.Faults;

/// <summary>
/// The service as it is deployed: the built host as a process on its embedded PostgreSQL, in a data
/// directory of its own that outlives a host that is killed or stopped and started again.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDirectory _directory = new();
    private readonly StringBuilder _earlierOutput = new();
    private readonly Dictionary<string, string> _environment;
    private HostProcess? _host;

    private ServiceProcess(TcpFaultProxy? proxy, string? connectionString)
    {
        Api = new BriefingApi(() => Host.Url);
        Proxy = proxy;
        _environment = new Dictionary<string, string> { ["Briefing__BootstrapAdminToken"] = AdminToken };
        if (connectionString is not null)
        {
            _environment["ConnectionStrings__Briefing"] = connectionString;
        }
    }

    public string AdminToken { get; } = "brf_fault-admin-" + Guid.NewGuid().ToString("N");
    public BriefingApi Api { get; }

    /// <summary>Between the host and its database, when it runs on "an external server".</summary>
    public TcpFaultProxy? Proxy { get; }
    public HostProcess Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Everything every host process of this service wrote, for failure messages.</summary>
    public string Output => _earlierOutput + (_host?.Output ?? "");

    public static async Task<ServiceProcess> StartAsync()
    {
        var service = new ServiceProcess(null, null);
        await service.StartHostAsync();
        return service;
    }

    /// <summary>The host on a connection string to a database of the test PostgreSQL, reached through a proxy that fails on demand.</summary>
    public static async Task<ServiceProcess> StartOnExternalServerAsync()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(await TestPostgres.CreateDatabaseAsync());
        var proxy = new TcpFaultProxy(database.Host!, database.Port);
        var service = new ServiceProcess(proxy, new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = proxy.Port }.ConnectionString);
        await service.StartHostAsync();
        return service;
    }

    /// <summary>Starts the host again on the same data directory, after it was killed or stopped.</summary>
    public async Task StartHostAsync()
    {
        if (_host is not null)
        {
            _earlierOutput.AppendLine(_host.Output).AppendLine("--- host started again ---");
            await _host.DisposeAsync();
        }

        _host = HostProcess.Start(_directory.Path, _environment);
        Assert.True(await _host.WaitUntilReadyAsync(StartTimeout), $"The host did not become ready: {Output}");
    }

    /// <summary>SIGKILL to the embedded server's postmaster, the pid its postmaster.pid names: as if it crashed.</summary>
    public void KillPostgres()
    {
        var pid = int.Parse(File.ReadLines(HostProcess.PidFileOf(_directory.Path)).First(), System.Globalization.CultureInfo.InvariantCulture);
        System.Diagnostics.Process.GetProcessById(pid).Kill();
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
            await TestPostgres.ReleaseAsync();
        }
        else
        {
            // A killed host leaves its server running; the next host would stop it, but there is none.
            await StopLeftoverServerAsync();
        }

        _directory.Dispose();
    }

    private async Task StopLeftoverServerAsync()
    {
        if (File.Exists(HostProcess.PidFileOf(_directory.Path)))
        {
            await using var leftover = await Briefing.Host.Database.EmbeddedPostgres.StartAsync(_directory.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        }
    }
}
