using Briefing.Host;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks;

/// <summary>The document store configured exactly as the host configures it (modules, listeners), in this process, not started.</summary>
public sealed class InProcessStore : IAsyncDisposable
{
    private readonly WebApplication _app;

    public InProcessStore(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddBriefingHost(connectionString);
        _app = builder.Build();
        Store = _app.Services.GetRequiredService<IDocumentStore>();
    }

    public IDocumentStore Store { get; }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
