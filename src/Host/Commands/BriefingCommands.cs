using System.Reflection;
using JasperFx.CodeGeneration.Commands;
using JasperFx.CommandLine;
using JasperFx.Events.CommandLine;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Host.Commands;

/// <summary>
/// Runs a command (<c>users list</c>, <c>import</c>, <c>codegen write</c> ...) on the host Program
/// built. JasperFx's <c>RunJasperFxCommands</c> finds commands by scanning every assembly marked
/// <c>[JasperFxAssembly]</c> and prints "Searching '…' for commands" for each before the command
/// says anything; here the assemblies are named, so a command prints only its own output.
/// </summary>
public static class BriefingCommands
{
    /// <summary>
    /// Where the commands are, in the order JasperFx registers them (of two commands with one name,
    /// the later wins): ours, then JasperFx's own (codegen, describe, resources ...), projections and
    /// event queries, Weasel's db-*, Marten's, Wolverine's and Wolverine.Http's (openapi).
    /// Wolverine.RuntimeCompilation is marked too, but holds no command.
    /// </summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        typeof(BriefingCommands).Assembly,
        typeof(GenerateCodeCommand).Assembly,
        typeof(ProjectionsCommand).Assembly,
        typeof(Weasel.Core.CommandLine.AssertCommand).Assembly,
        typeof(IDocumentStore).Assembly,
        typeof(IMessageBus).Assembly,
        typeof(WolverineHttpOptions).Assembly,
    ];

    /// <summary>Registers the commands of <see cref="Assemblies"/>.</summary>
    public static void AddCommands(CommandFactory factory)
    {
        foreach (var assembly in Assemblies)
        {
            factory.RegisterCommands(assembly);
        }
    }

    /// <summary>Runs the command <paramref name="args"/> names; 0 when it succeeded.</summary>
    public static Task<int> RunAsync(IHost host, string[] args)
    {
        var executor = CommandExecutor.For(factory =>
        {
            AddCommands(factory);
            factory.ConfigureRun = run =>
            {
                if (run.Input is IHostBuilderInput input)
                {
                    input.HostBuilder = new BuiltHost(host);
                }
            };
        });
        return executor.ExecuteAsync(args);
    }

    /// <summary>
    /// The built host, handed to a command as the builder it asks for (JasperFx's own PreBuiltHostBuilder
    /// is internal). A service a command adds (projections quiets its logging) is ignored, as
    /// JasperFx ignores it, without saying so; a flag that would change the configuration
    /// (--environment, --config, --contentRoot) fails the command rather than being ignored.
    /// </summary>
    private sealed class BuiltHost(IHost host) : IHostBuilder
    {
        private const string Built = "The host is built before the command runs: set ASPNETCORE_ENVIRONMENT or Briefing__* environment variables instead of --environment, --config or --contentRoot.";

        public IDictionary<object, object> Properties { get; } = new Dictionary<object, object>();

        public IHost Build() => host;

        public IHostBuilder ConfigureServices(Action<HostBuilderContext, IServiceCollection> configureDelegate) => this;

        public IHostBuilder ConfigureHostConfiguration(Action<IConfigurationBuilder> configureDelegate) => throw new NotSupportedException(Built);

        public IHostBuilder ConfigureAppConfiguration(Action<HostBuilderContext, IConfigurationBuilder> configureDelegate) => throw new NotSupportedException(Built);

        public IHostBuilder UseServiceProviderFactory<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory)
            where TContainerBuilder : notnull => throw new NotSupportedException(Built);

        public IHostBuilder UseServiceProviderFactory<TContainerBuilder>(Func<HostBuilderContext, IServiceProviderFactory<TContainerBuilder>> factory)
            where TContainerBuilder : notnull => throw new NotSupportedException(Built);

        public IHostBuilder ConfigureContainer<TContainerBuilder>(Action<HostBuilderContext, TContainerBuilder> configureDelegate) =>
            throw new NotSupportedException(Built);
    }
}
