using Briefing.Host.Database;
using Briefing.Host.Startup;
using Briefing.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Briefing.Host.Tests.Database;

public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DataDir => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task reuses_an_existing_data_directory_so_data_survives_a_restart()
    {
        await using (var first = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance))
        {
            await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE marker (text text); INSERT INTO marker VALUES ('第 41 期')");
        }

        await using var second = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance);

        Assert.Equal("第 41 期", await Sql.ScalarAsync(second.ConnectionString, "SELECT text FROM marker"));
    }

    [Fact]
    public async Task listens_on_loopback_only_and_stops_when_disposed()
    {
        var server = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance);
        Assert.Equal("127.0.0.1", await Sql.ScalarAsync(server.ConnectionString, "SELECT current_setting('listen_addresses')"));
        var pidFile = Path.Combine(server.ClusterDirectory, "postmaster.pid");
        Assert.True(File.Exists(pidFile));

        await server.DisposeAsync();

        Assert.False(File.Exists(pidFile));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Sql.ScalarAsync(server.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task recovers_from_a_stale_pid_file_naming_a_live_process_that_is_not_postgres()
    {
        string clusterDirectory;
        await using (var first = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance))
        {
            clusterDirectory = first.ClusterDirectory;
            await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE marker (text text); INSERT INTO marker VALUES ('kept')");
        }

        // What a machine crash can leave: a pid file whose pid now belongs to some other process (here: this one).
        await File.WriteAllTextAsync(Path.Combine(clusterDirectory, "postmaster.pid"),
            $"{Environment.ProcessId}\n{clusterDirectory}\n1700000000\n5432\n\n127.0.0.1\n  5432001         0\nready   \n");

        await using var second = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance);

        Assert.Equal("kept", await Sql.ScalarAsync(second.ConnectionString, "SELECT text FROM marker"));
    }

    [Fact]
    public async Task refuses_a_data_directory_another_process_is_using()
    {
        await using var first = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance);

        var refusal = await Assert.ThrowsAsync<StartupException>(() => EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance));

        Assert.Contains("in use", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("1", (await Sql.ScalarAsync(first.ConnectionString, "SELECT 1"))?.ToString());
    }
}
