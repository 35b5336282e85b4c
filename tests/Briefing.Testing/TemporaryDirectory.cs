namespace Briefing.Testing;

/// <summary>A directory of a test's own, removed with it; the postgres user can enter it when tests run as root.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = TestPostgres.NewTemporaryDirectory();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
