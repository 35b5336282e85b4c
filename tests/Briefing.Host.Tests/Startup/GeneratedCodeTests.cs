using Briefing.Testing;

namespace Briefing.Host.Tests.Startup;

/// <summary>
/// Handlers and endpoints load from the generated code committed in src/Host/Internal/Generated
/// (ADR 4). Code that no longer matches its handler would run the old chain, so it must be exactly
/// what `codegen write` produces today.
/// </summary>
public sealed class GeneratedCodeTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task the_committed_generated_code_is_what_the_handlers_generate_today()
    {
        var written = Path.Combine(HostProcess.WorkingDirectory, "Internal", "Generated");
        if (Directory.Exists(written))
        {
            Directory.Delete(written, recursive: true);
        }

        await using var codegen = await HostProcess.RunCommandAsync(_directory.Path, "codegen", "write");

        Assert.True(codegen.ExitCode == 0, codegen.Output);
        var committed = Repository.PathOf("src", "Host", "Internal", "Generated");
        var expected = Files(written);
        Assert.True(expected.Count > 30, $"codegen wrote {expected.Count} files");
        var stale = expected.Where(file => !File.Exists(Path.Combine(committed, file)) || File.ReadAllText(Path.Combine(written, file)) != File.ReadAllText(Path.Combine(committed, file)))
            .Concat(Files(committed).Except(expected));
        Assert.True(!stale.Any(), $"Run `cd src/Host && dotnet run -- codegen write` and commit the result; out of date: {string.Join(", ", stale)}");
    }

    private static List<string> Files(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(directory, file)).Order(StringComparer.Ordinal)];
}
