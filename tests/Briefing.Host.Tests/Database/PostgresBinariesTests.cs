using Briefing.Host.Database;
using Briefing.Testing;

namespace Briefing.Host.Tests.Database;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string Root => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void finds_nothing_when_no_source_has_the_server_programs()
    {
        var found = PostgresBinaries.Locate(searchPath: "", pgConfigBinDir: () => null, versionsRoot: Path.Combine(Root, "missing"));

        Assert.Null(found);
    }

    [Fact]
    public void takes_the_newest_installed_version_when_path_and_pg_config_have_none()
    {
        var v9 = FakeInstall("9.6");
        FakeInstall("15");
        var v16 = FakeInstall("16");

        var found = PostgresBinaries.Locate(searchPath: "", pgConfigBinDir: () => null, versionsRoot: Root);

        Assert.Equal(v16, found?.Directory);
        Assert.NotEqual(v9, found?.Directory);
    }

    [Fact]
    public void prefers_path_then_pg_config_over_installed_versions()
    {
        var onPath = FakeInstall("on-path");
        var fromPgConfig = FakeInstall("pg-config");
        FakeInstall("16");

        Assert.Equal(onPath, PostgresBinaries.Locate(onPath, () => fromPgConfig, Root)?.Directory);
        Assert.Equal(fromPgConfig, PostgresBinaries.Locate("", () => fromPgConfig, Root)?.Directory);
    }

    [Fact]
    public void follows_a_link_on_path_to_the_directory_that_holds_all_the_server_programs()
    {
        var real = FakeInstall("15");
        var linkDir = Directory.CreateDirectory(Path.Combine(Root, "local-bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(linkDir, "pg_ctl"), Path.Combine(real, "pg_ctl"));

        Assert.Equal(real, PostgresBinaries.Locate(linkDir, () => null, Path.Combine(Root, "missing"))?.Directory);
    }

    [Fact]
    public void ignores_a_directory_missing_one_of_the_server_programs()
    {
        var partial = FakeInstall("17");
        File.Delete(Path.Combine(partial, "initdb"));
        var complete = FakeInstall("15");

        Assert.Equal(complete, PostgresBinaries.Locate("", () => null, Root)?.Directory);
    }

    private string FakeInstall(string version)
    {
        var bin = Directory.CreateDirectory(Path.Combine(Root, version, "bin")).FullName;
        foreach (var program in new[] { "initdb", "pg_ctl", "postgres" })
        {
            File.WriteAllText(Path.Combine(bin, program), "");
        }

        return bin;
    }
}
