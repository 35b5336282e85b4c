using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Briefing.Submission.TakingMail;

/// <summary>
/// A PostgreSQL session advisory lock per mailbox: only the node holding it polls that mailbox. One
/// node needs it only against itself; with several nodes (issue 22) it is what keeps two from reading
/// one mailbox at once. Released when disposed (and by PostgreSQL if the node dies).
/// </summary>
public sealed class MailboxLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private MailboxLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    public static long KeyFor(string seriesId) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"briefing-mailbox:{seriesId}")), 0);

    /// <summary>The lock, or null when another session holds it.</summary>
    public static async Task<MailboxLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string seriesId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = KeyFor(seriesId);
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new MailboxLock(connection, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock($1)", _connection) { Parameters = { new() { Value = _key } } };
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }

        await _connection.DisposeAsync();
    }
}
