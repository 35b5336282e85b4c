using System.Text.Json;
using Briefing.Host.Database;
using Briefing.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Host.Tests.Startup;

/// <summary>The host as a user runs it: a process on its embedded PostgreSQL, stopped, killed and restarted.</summary>
public sealed class HostProcessTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TemporaryDirectory _directory = new();

    private string DataDir => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task starts_again_after_kill_minus_nine_keeps_its_data_and_stops_its_database_on_sigterm()
    {
        await using (var seed = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance))
        {
            await Sql.ExecuteAsync(seed.ConnectionString, "CREATE TABLE marker (text text); INSERT INTO marker VALUES ('第 41 期')");
        }

        await using (var first = HostProcess.Start(DataDir))
        {
            Assert.True(await first.WaitUntilReadyAsync(StartTimeout), first.Output);
            await first.KillAsync();
        }

        Assert.True(File.Exists(HostProcess.PidFileOf(DataDir)), "a killed host leaves its PostgreSQL running");

        await using (var second = HostProcess.Start(DataDir))
        {
            Assert.True(await second.WaitUntilReadyAsync(StartTimeout), second.Output);
            Assert.True(await second.StopAsync(TimeSpan.FromSeconds(30)), second.Output);
            Assert.Equal(0, second.ExitCode);
        }

        Assert.False(File.Exists(HostProcess.PidFileOf(DataDir)), "a stopped host stops its PostgreSQL");
        await using var after = await EmbeddedPostgres.StartAsync(DataDir, NullLogger.Instance);
        Assert.Equal("第 41 期", await Sql.ScalarAsync(after.ConnectionString, "SELECT text FROM marker"));
    }

    [Fact]
    public async Task an_unreachable_database_is_a_clear_error_and_an_exit_not_a_crash_loop()
    {
        var closedPort = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closedPort.Start();
        var port = ((System.Net.IPEndPoint)closedPort.LocalEndpoint).Port;
        closedPort.Stop();

        await using var host = HostProcess.Start(DataDir, new Dictionary<string, string>
        {
            ["ConnectionStrings__Briefing"] = $"Host=127.0.0.1;Port={port};Database=briefing;Username=briefing;Password=do-not-print-me",
        });

        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(60)), host.Output);
        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains($"Cannot reach PostgreSQL at 127.0.0.1:{port}/briefing", host.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print-me", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task json_log_format_writes_one_json_object_per_line_each_with_its_module()
    {
        await using var host = HostProcess.Start(DataDir, new Dictionary<string, string> { ["Briefing__LogFormat"] = "json" });
        Assert.True(await host.WaitUntilReadyAsync(StartTimeout), host.Output);
        Assert.True(await host.StopAsync(TimeSpan.FromSeconds(30)), host.Output);

        var lines = host.StandardOutput.Where(line => line.Length > 0).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("@t", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Module", out _), line);
        }
    }
}
