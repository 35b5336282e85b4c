using System.Diagnostics;
using Briefing.Host.Startup;

namespace Briefing.Host.Database;

/// <summary>
/// The operating-system account the PostgreSQL server runs under. PostgreSQL refuses to run as root,
/// so a root process runs the server programs as the <c>postgres</c> user through <c>runuser</c>.
/// </summary>
public sealed class ServerAccount
{
    private const string PostgresUser = "postgres";

    private ServerAccount(string? runAs) => RunAs = runAs;

    /// <summary>The user to switch to, or null to run as the current user.</summary>
    public string? RunAs { get; }

    public static ServerAccount ForCurrentProcess()
    {
        if (Environment.UserName != "root")
        {
            return new ServerAccount(null);
        }

        if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith(PostgresUser + ":", StringComparison.Ordinal)))
        {
            throw new StartupException(
                "Briefing runs as root, and PostgreSQL refuses to run as root: create a 'postgres' system user " +
                "(installing the postgresql package does) or run Briefing as an ordinary user.");
        }

        return new ServerAccount(PostgresUser);
    }

    /// <summary>Gives the server account ownership of a directory it must write (a no-op when not switching users).</summary>
    public async Task TakeOwnershipAsync(string path, CancellationToken cancellationToken)
    {
        if (RunAs is null)
        {
            return;
        }

        var result = await RunAsync("chown", ["-R", $"{RunAs}:", path], asServer: false, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new StartupException($"Could not give the {RunAs} user ownership of {path}: {result.Output}");
        }
    }

    /// <summary>Runs a PostgreSQL program as the server account and returns its exit code and combined output.</summary>
    public Task<CommandResult> RunServerProgramAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(program, arguments, asServer: true, cancellationToken);

    private async Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, bool asServer, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The server account may not be allowed into the caller's working directory (e.g. /root).
            WorkingDirectory = "/",
        };
        if (asServer && RunAs is not null)
        {
            start.FileName = "runuser";
            foreach (var arg in new[] { "-u", RunAs, "--", program })
            {
                start.ArgumentList.Add(arg);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new StartupException($"Could not start {program}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new CommandResult(process.ExitCode, ((await stdout) + (await stderr)).Trim());
    }
}

public sealed record CommandResult(int ExitCode, string Output);
