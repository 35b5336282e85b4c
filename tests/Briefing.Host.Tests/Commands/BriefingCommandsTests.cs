using Briefing.Host.Commands;
using Briefing.Host.Tests.Startup;
using Briefing.Testing;
using JasperFx.CommandLine;
using JasperFx.CommandLine.Commands;

namespace Briefing.Host.Tests.Commands;

/// <summary>Which commands the host offers, and that each prints only what it has to say.</summary>
public sealed class BriefingCommandsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DataDir => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task a_command_prints_only_its_own_output()
    {
        await using var add = await HostProcess.RunCommandAsync(DataDir, "users", "add", "--name", "编辑甲", "--role", "editor");
        Assert.True(add.ExitCode == 0, add.Output);
        Assert.DoesNotContain(add.StandardOutput, line => line.Contains("Searching", StringComparison.Ordinal));
        Assert.Collection(add.StandardOutput,
            line => Assert.StartsWith("Created editor 编辑甲 (", line, StringComparison.Ordinal),
            line => Assert.StartsWith("brf_", line, StringComparison.Ordinal));
        Assert.Equal("", add.StandardError);

        // JasperFx's projections command asks to change the built host's logging; that is not worth a line either.
        await using var projections = await HostProcess.RunCommandAsync(DataDir, "projections", "list");
        Assert.True(projections.ExitCode == 0, projections.Output);
        Assert.Equal("Projections and Subscriptions", projections.StandardOutput.First());
        Assert.Contains(projections.StandardOutput, line => line.Contains("UserAccount", StringComparison.Ordinal));
    }

    [Fact]
    public void the_commands_are_those_jasperfx_finds_by_scanning_every_assembly()
    {
        // What RunJasperFxCommands registers: its own commands, the application's, then every assembly marked [JasperFxAssembly].
        var scanned = new CommandFactory();
        scanned.RegisterCommands(typeof(RunCommand).Assembly);
        scanned.RegisterCommands(typeof(Program).Assembly);
        scanned.RegisterCommandsFromExtensionAssemblies();

        var named = new CommandFactory();
        BriefingCommands.AddCommands(named);

        Assert.Equal(Commands(scanned), Commands(named));
        Assert.Contains("codegen JasperFx.CodeGeneration.Commands.GenerateCodeCommand", Commands(named));
        Assert.Contains("users Briefing.Host.Commands.UsersCommand", Commands(named));
    }

    private static List<string> Commands(CommandFactory factory) =>
        [.. factory.AllCommandTypes().Select(type => $"{CommandFactory.CommandNameFor(type)} {type.FullName}").Order(StringComparer.Ordinal)];
}
