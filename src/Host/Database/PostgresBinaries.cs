using System.Diagnostics;

namespace Briefing.Host.Database;

/// <summary>The directory holding the PostgreSQL server programs (initdb, pg_ctl, postgres).</summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string VersionsRoot = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>
    /// Looks on PATH, then at <c>pg_config --bindir</c>, then under /usr/lib/postgresql/*/bin, newest version first.
    /// </summary>
    public static PostgresBinaries? Locate() =>
        Locate(Environment.GetEnvironmentVariable("PATH"), PgConfigBinDir, VersionsRoot);

    public static PostgresBinaries? Locate(string? searchPath, Func<string?> pgConfigBinDir, string versionsRoot)
    {
        var candidates = OnPath(searchPath)
            .Concat(Lazy(pgConfigBinDir))
            .Concat(InstalledVersions(versionsRoot));
        return candidates.Where(HasServerPrograms).Select(dir => new PostgresBinaries(dir)).FirstOrDefault();
    }

    private static IEnumerable<string> OnPath(string? searchPath)
    {
        foreach (var dir in (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = new FileInfo(Path.Combine(dir, "pg_ctl"));
            if (!pgCtl.Exists)
            {
                continue;
            }

            // /usr/local/bin/pg_ctl is often a link into the versioned directory that also holds initdb and postgres.
            var target = pgCtl.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl.FullName;
            yield return Path.GetDirectoryName(target)!;
        }
    }

    private static IEnumerable<string> Lazy(Func<string?> source)
    {
        if (source() is { Length: > 0 } dir)
        {
            yield return dir;
        }
    }

    private static IEnumerable<string> InstalledVersions(string versionsRoot) =>
        System.IO.Directory.Exists(versionsRoot)
            ? System.IO.Directory.GetDirectories(versionsRoot)
                .Select(dir => (dir, version: Version.TryParse(FixVersion(Path.GetFileName(dir)), out var v) ? v : new Version(0, 0)))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
            : [];

    // "15" is not a Version; "15.0" is.
    private static string FixVersion(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";

    private static bool HasServerPrograms(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }
}
