using Alba;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Configuration;
using Wolverine.Runtime;
using Xunit;

namespace Briefing.Testing;

public static class ModuleWiring
{
    /// <summary>
    /// The module is registered with the host: Wolverine scans its assembly for handlers and endpoints
    /// and it has a durable local queue, named after it, that its messages go through.
    /// </summary>
    public static void AssertRegistered(IAlbaHost host, string moduleName, Type moduleMarker)
    {
        var runtime = host.Services.GetRequiredService<IWolverineRuntime>();

        Assert.Contains(moduleMarker.Assembly, runtime.Options.Assemblies);
        var queue = runtime.Endpoints.EndpointFor(new Uri($"local://{moduleName}"));
        Assert.NotNull(queue);
        Assert.Equal(EndpointMode.Durable, queue.Mode);
    }
}
