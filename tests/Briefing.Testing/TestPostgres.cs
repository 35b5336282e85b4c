using Briefing.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Briefing.Testing;

/// <summary>
/// One throwaway PostgreSQL server per test run, started with the host's own embedded launcher in a
/// temporary directory. Each fixture gets a database of its own on it; the server stops and its
/// directory is removed when the last fixture lets go.
/// </summary>
public static class TestPostgres
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static EmbeddedPostgres? _server;
    private static int _users;

    public static async Task<string> CreateDatabaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _server ??= await EmbeddedPostgres.StartAsync(NewTemporaryDirectory(), NullLogger.Instance);
            _users++;
        }
        finally
        {
            Gate.Release();
        }

        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Returns when the database answers a query, waiting patiently (a busy machine can take seconds).</summary>
    public static async Task WaitUntilAnsweringAsync(string connectionString)
    {
        var patient = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 60, CommandTimeout = 60 }.ConnectionString;
        await using var connection = new NpgsqlConnection(patient);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT 1", connection);
        await query.ExecuteScalarAsync();
    }

    /// <summary>Whether a host failed to start because a connection to PostgreSQL timed out (not because it was refused or broken).</summary>
    public static bool IsSlowStart(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is TimeoutException || (cause is NpgsqlException && cause.InnerException is TimeoutException))
            {
                return true;
            }
        }

        return false;
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users > 0 || _server is null)
            {
                return;
            }

            await _server.StopAsync();
            Directory.Delete(_server.DataDirectory, recursive: true);
            _server = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new directory under the system temp directory, which the postgres user can enter when tests run as root.</summary>
    public static string NewTemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
