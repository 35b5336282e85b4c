using Briefing.Testing;
using Npgsql;

namespace Briefing.Host.Tests.Faults;

/// <summary>The real host on a connection string to "an external server": the test PostgreSQL, reached through a proxy the tests can cut.</summary>
public sealed class ProxiedAppFixture : AppFixture, IAsyncDisposable
{
    public const string Collection = "proxied-app";
    private TcpFaultProxy? _proxy;

    public TcpFaultProxy Proxy => _proxy ?? throw new InvalidOperationException("The fixture has not started.");

    protected override string HostConnectionString(string database)
    {
        var direct = new NpgsqlConnectionStringBuilder(database);
        _proxy ??= new TcpFaultProxy(direct.Host!, direct.Port);
        return new NpgsqlConnectionStringBuilder(database) { Port = _proxy.Port }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await ((IAsyncDisposable)this).DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
            _proxy = null;
        }
    }
}

[CollectionDefinition(ProxiedAppFixture.Collection)]
public sealed class ProxiedAppFixtureDefinition : ICollectionFixture<ProxiedAppFixture>;
