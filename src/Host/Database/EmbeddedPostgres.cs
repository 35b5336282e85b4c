using System.Security.Cryptography;
using Briefing.Host.Startup;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Briefing.Host.Database;

/// <summary>
/// A private PostgreSQL server started from the machine's server binaries, with its data in
/// <c>&lt;dataDir&gt;/postgres</c>, listening on a free loopback port. Reuses an existing cluster,
/// recovers from a previous host that was killed, and stops the server when disposed.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string DatabaseName = "briefing";
    private const string Superuser = "postgres";
    private const int StartAttempts = 3;

    private readonly PostgresBinaries _binaries;
    private readonly ServerAccount _account;
    private readonly FileStream? _lock;
    private readonly ILogger _logger;
    private bool _stopped;

    private EmbeddedPostgres(string dataDirectory, PostgresBinaries binaries, ServerAccount account, FileStream? dataDirectoryLock, ILogger logger)
    {
        DataDirectory = dataDirectory;
        _binaries = binaries;
        _account = account;
        _lock = dataDirectoryLock;
        _logger = logger;
    }

    public string DataDirectory { get; }
    public string ClusterDirectory => Path.Combine(DataDirectory, "postgres");
    public string ConnectionString { get; private set; } = "";
    public int Port { get; private set; }

    /// <summary>False when attached to a server another Briefing process runs: this one neither started nor stops it.</summary>
    public bool OwnsServer => _lock is not null;

    private string PasswordFile => Path.Combine(DataDirectory, "postgres.password");
    private string PidFile => Path.Combine(ClusterDirectory, "postmaster.pid");
    private string ServerLog => Path.Combine(ClusterDirectory, "server.log");

    /// <param name="attachToRunning">
    /// When another Briefing process owns the data directory and its server is running, connect to
    /// that server instead of refusing (for short commands such as <c>users add</c> next to a running service).
    /// </param>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, ILogger logger, bool attachToRunning = false, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate() ?? throw new StartupException(
            "No PostgreSQL server binaries were found (looked on PATH, at pg_config --bindir and under /usr/lib/postgresql/*/bin). " +
            "Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) or set ConnectionStrings__Briefing to a PostgreSQL database.");
        var account = ServerAccount.ForCurrentProcess();

        dataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var dataDirectoryLock = TryLockDataDirectory(dataDirectory);
        if (dataDirectoryLock is null)
        {
            return attachToRunning
                ? await AttachAsync(new EmbeddedPostgres(dataDirectory, binaries, account, null, logger), cancellationToken)
                : throw new StartupException(
                    $"The data directory {dataDirectory} is in use by another Briefing process. " +
                    "Stop that process, or give this one its own Briefing__DataDir.");
        }

        var server = new EmbeddedPostgres(dataDirectory, binaries, account, dataDirectoryLock, logger);
        try
        {
            await server.StartServerAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (_stopped || _lock is null)
        {
            return;
        }

        _stopped = true;
        if (File.Exists(PidFile))
        {
            var result = await _account.RunServerProgramAsync(_binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w", "-t", "60"], CancellationToken.None);
            if (result.ExitCode == 0)
            {
                _logger.LogInformation("Embedded PostgreSQL stopped");
            }
            else
            {
                _logger.LogWarning("Embedded PostgreSQL did not stop cleanly: {Output}", result.Output);
            }
        }

        await _lock.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static FileStream? TryLockDataDirectory(string dataDirectory)
    {
        try
        {
            return new FileStream(Path.Combine(dataDirectory, "embedded-postgres.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<EmbeddedPostgres> AttachAsync(EmbeddedPostgres server, CancellationToken cancellationToken)
    {
        // postmaster.pid: line 1 the server's pid, line 4 its port.
        var lines = File.Exists(server.PidFile) ? await File.ReadAllLinesAsync(server.PidFile, cancellationToken) : [];
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !IsPostgresProcess(pid) || !int.TryParse(lines[3], out var port))
        {
            throw new StartupException($"The data directory {server.DataDirectory} is locked by another Briefing process, but its PostgreSQL server is not running.");
        }

        server.Port = port;
        server.ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = Superuser,
            Password = (await File.ReadAllTextAsync(server.PasswordFile, cancellationToken)).Trim(),
            Database = DatabaseName,
        }.ConnectionString;
        server._logger.LogInformation("Using the embedded PostgreSQL of the running Briefing service on 127.0.0.1:{Port}", port);
        return server;
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        if (_account.RunAs is not null)
        {
            EnsureServerAccountCanReach(DataDirectory, _account.RunAs);
        }

        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            await InitialiseClusterAsync(cancellationToken);
        }
        else if (!File.Exists(PasswordFile))
        {
            throw new StartupException(
                $"{ClusterDirectory} holds a database but its password file {PasswordFile} is missing. " +
                "Restore the file, or move the directory away to start with an empty database.");
        }

        await RecoverFromPreviousRunAsync(cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPorts.Ephemeral();
            var result = await StartOnPortAsync(cancellationToken);
            if (result.ExitCode == 0)
            {
                break;
            }

            if (attempt == StartAttempts)
            {
                throw new StartupException($"The embedded PostgreSQL server in {ClusterDirectory} did not start: {result.Output}\n{TailOfServerLog()}");
            }

            _logger.LogWarning("Embedded PostgreSQL did not start on port {Port} (attempt {Attempt}), trying another port", Port, attempt);
        }

        var password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Password = password };
        await EnsureDatabaseExistsAsync(builder.ConnectionString, cancellationToken);
        builder.Database = DatabaseName;
        ConnectionString = builder.ConnectionString;
        _logger.LogInformation("Embedded PostgreSQL listening on 127.0.0.1:{Port}, data in {DataDirectory}", Port, ClusterDirectory);
    }

    private Task<CommandResult> StartOnPortAsync(CancellationToken cancellationToken) =>
        _account.RunServerProgramAsync(_binaries.PgCtl,
        [
            "start", "-D", ClusterDirectory, "-w", "-t", "60", "-l", ServerLog,
            // Loopback only, no Unix socket (its default directory may not exist or belong to another server).
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
        ], cancellationToken);

    /// <summary>
    /// Whether the server this host started is still running: its postmaster.pid names a live
    /// PostgreSQL process. A killed postmaster may linger as a zombie, which does not count.
    /// </summary>
    public bool IsServerRunning()
    {
        try
        {
            return File.Exists(PidFile) && int.TryParse(File.ReadLines(PidFile).FirstOrDefault(), out var pid) && IsLivePostgresProcess(pid);
        }
        catch (IOException)
        {
            return false; // the server is rewriting the file
        }
    }

    /// <summary>
    /// Starts the server again, on the same port so the service's connection string stays valid,
    /// after it died under a running host. PostgreSQL recovers its data from its write-ahead log
    /// and refuses to start while processes of the dead server still hold its shared memory.
    /// </summary>
    /// <returns>Null when it runs again; otherwise what pg_ctl and the server log said.</returns>
    public async Task<string?> RestartAsync(CancellationToken cancellationToken)
    {
        if (_stopped || !OwnsServer)
        {
            return "the server is stopped or not this host's";
        }

        RemovePidFileOfDeadServer();
        var result = await StartOnPortAsync(cancellationToken);
        return result.ExitCode == 0 ? null : $"{result.Output} {TailOfServerLog(3)}".ReplaceLineEndings(" ");
    }

    /// <summary>
    /// A killed postmaster stays a zombie until its parent (init, here) reaps it, and PostgreSQL
    /// refuses to start while postmaster.pid names a process that exists. The file is removed only
    /// when no live process of the old server is left (each runs in the cluster directory, where it
    /// sees this same file).
    /// </summary>
    private void RemovePidFileOfDeadServer()
    {
        if (IsServerRunning() || !File.Exists(PidFile) || AnyLiveServerProcessSees(File.ReadAllText(PidFile)))
        {
            return;
        }

        _logger.LogWarning("Removing the postmaster.pid of the dead embedded PostgreSQL server; none of its processes is left");
        File.Delete(PidFile);
    }

    private static bool AnyLiveServerProcessSees(string pidFileContent)
    {
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(process), out var pid) && IsLivePostgresProcess(pid)
                    && File.ReadAllText(Path.Combine(process, "cwd", "postmaster.pid")) == pidFileContent)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // the process ended, or runs elsewhere
            }
        }

        return false;
    }

    private async Task InitialiseClusterAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(ClusterDirectory) && Directory.EnumerateFileSystemEntries(ClusterDirectory).Any())
        {
            // A previous first start was interrupted during initdb: keep what it left, start afresh beside it,
            // named for when that attempt last wrote (a fact about the directory: no clock is read before the host has one).
            var aside = $"{ClusterDirectory}.incomplete-{Directory.GetLastWriteTimeUtc(ClusterDirectory):yyyyMMddHHmmss}";
            Directory.Move(ClusterDirectory, aside);
            _logger.LogWarning("Moved an incomplete PostgreSQL directory to {Path}", aside);
        }

        Directory.CreateDirectory(ClusterDirectory);
        File.SetUnixFileMode(ClusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await _account.TakeOwnershipAsync(ClusterDirectory, cancellationToken);

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await WriteOwnerOnlyAsync(PasswordFile, password, cancellationToken);

        // initdb reads the password from a file; it runs as the server account, so that account must own the file.
        var passwordForInitDb = Path.Combine(ClusterDirectory, "..", $".initdb-{Guid.NewGuid():N}");
        await WriteOwnerOnlyAsync(passwordForInitDb, password, cancellationToken);
        try
        {
            await _account.TakeOwnershipAsync(passwordForInitDb, cancellationToken);
            _logger.LogInformation("Creating the embedded PostgreSQL database in {DataDirectory}", ClusterDirectory);
            var result = await _account.RunServerProgramAsync(_binaries.InitDb,
            [
                "-D", ClusterDirectory, "-U", Superuser, $"--pwfile={Path.GetFullPath(passwordForInitDb)}",
                "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-locale",
            ], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new StartupException($"initdb failed for {ClusterDirectory}: {result.Output}");
            }
        }
        finally
        {
            File.Delete(passwordForInitDb);
        }
    }

    /// <summary>
    /// A host killed with SIGKILL leaves its server running (an orphan) or, after a machine crash, a
    /// postmaster.pid naming a process that is gone or is now something else. Stop the orphan; drop the stale file.
    /// </summary>
    private async Task RecoverFromPreviousRunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(PidFile))
        {
            return;
        }

        var firstLine = File.ReadLines(PidFile).FirstOrDefault();
        if (int.TryParse(firstLine, out var pid) && IsPostgresProcess(pid))
        {
            _logger.LogWarning("A PostgreSQL server left running by an earlier Briefing process (pid {Pid}) is being stopped", pid);
            var result = await _account.RunServerProgramAsync(_binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w", "-t", "60"], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new StartupException($"Could not stop the PostgreSQL server (pid {pid}) left running in {ClusterDirectory}: {result.Output}");
            }
        }
        else
        {
            _logger.LogWarning("Removing a stale postmaster.pid (pid {Pid} is not a running PostgreSQL server)", firstLine);
            File.Delete(PidFile);
        }
    }

    private static bool IsPostgresProcess(int pid)
    {
        var comm = $"/proc/{pid}/comm";
        return File.Exists(comm) && File.ReadAllText(comm).Trim() is "postgres" or "postmaster";
    }

    // /proc/<pid>/stat: "pid (comm) state ..."; Z is a zombie, X dead.
    private static bool IsLivePostgresProcess(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!IsPostgresProcess(pid) || !File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        var afterName = text.LastIndexOf(')');
        return afterName > 0 && afterName + 2 < text.Length && text[afterName + 2] is not ('Z' or 'X');
    }

    private static void EnsureServerAccountCanReach(string directory, string account)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (!dir.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                throw new StartupException(
                    $"The {account} user, which runs the embedded PostgreSQL server, cannot enter {dir.FullName}. " +
                    "Set Briefing__DataDir to a directory outside it (for example under /var/lib or /tmp), or allow others to enter it (chmod o+x).");
            }
        }
    }

    private static async Task WriteOwnerOnlyAsync(string path, string content, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
    }

    private static async Task EnsureDatabaseExistsAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = DatabaseName } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName} ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }


    private string TailOfServerLog(int lines = 10) =>
        File.Exists(ServerLog) ? string.Join('\n', File.ReadLines(ServerLog).TakeLast(lines)) : "";
}
