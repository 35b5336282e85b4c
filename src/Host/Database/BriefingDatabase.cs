using Briefing.Host.Outages;
using Briefing.Host.Startup;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Briefing.Host.Database;

/// <summary>
/// The database the host uses: the one named by <c>ConnectionStrings:Briefing</c>, or else an embedded
/// server with its data in <c>Briefing:DataDir</c> (default <c>.briefing</c>), which stops on dispose.
/// </summary>
public sealed class BriefingDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Briefing";
    public const string DataDirKey = "Briefing:DataDir";
    public const string DefaultDataDir = ".briefing";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private const int ConnectAttempts = 4;

    private BriefingDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }
    public EmbeddedPostgres? Embedded { get; }

    /// <param name="attachToRunning">For commands: use the embedded server of a service already running on the data directory.</param>
    public static async Task<BriefingDatabase> OpenAsync(IConfiguration configuration, ILogger logger, bool attachToRunning = false, CancellationToken cancellationToken = default)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            await WaitUntilReachableAsync(configured, logger, cancellationToken);
            return new BriefingDatabase(FailFastConnections.Apply(configured), null);
        }

        var embedded = await EmbeddedPostgres.StartAsync(configuration[DataDirKey] ?? DefaultDataDir, logger, attachToRunning, cancellationToken);
        return new BriefingDatabase(FailFastConnections.Apply(embedded.ConnectionString), embedded);
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null)
        {
            await Embedded.DisposeAsync();
        }
    }

    /// <summary>
    /// Fails fast with a readable message instead of letting every component crash on its own: a
    /// server that refuses connections gets a few seconds to come up; wrong credentials fail at once.
    /// </summary>
    private static async Task WaitUntilReachableAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"ConnectionStrings__Briefing is not a valid PostgreSQL connection string: {e.Message}");
        }

        var target = $"{builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (PostgresException e)
            {
                throw new StartupException($"PostgreSQL at {target} refused the connection: {e.MessageText} ({e.SqlState}). Check ConnectionStrings__Briefing.");
            }
            catch (NpgsqlException e) when (attempt < ConnectAttempts)
            {
                logger.LogWarning("PostgreSQL at {Target} is not reachable yet ({Reason}), retrying", target, e.InnerException?.Message ?? e.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
            catch (NpgsqlException e)
            {
                throw new StartupException($"Cannot reach PostgreSQL at {target}: {e.InnerException?.Message ?? e.Message}. Check ConnectionStrings__Briefing, or remove it to use the embedded database.");
            }
        }
    }
}
