using Briefing.Host.Consistency;
using Briefing.Host.Database;
using Briefing.Identity.Contracts;
using Marten;
using Wolverine.Marten;

namespace Briefing.Host.Commands;

/// <summary>
/// Runs work from the command line the way the service would: the host started (Wolverine
/// delivering messages to every module through the durable outbox), acting as the operator at the
/// console, and waiting until every module has handled what the work sent before stopping (ADR 14).
/// </summary>
public sealed class CommandRuntime : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(1);
    private readonly IHost _host;

    private CommandRuntime(IHost host) => _host = host;

    /// <summary>Who acts from the command line: the account at the console.</summary>
    public static Actor Operator { get; } = new($"cli:{Environment.UserName}", $"{Environment.UserName} (command line)");

    /// <summary>
    /// Starts the runtime, unless the service itself runs on this data directory: two message
    /// runtimes on one database would take each other's messages (Solo durability), so the
    /// operator is told to stop the service or use the API.
    /// </summary>
    public static async Task<CommandRuntime?> StartAsync(IHost host, string command)
    {
        if (await RefusedBesideServiceAsync(host, command))
        {
            return null;
        }

        await host.StartAsync();
        return new CommandRuntime(host);
    }

    /// <summary>True, once the operator is told why, when the service itself runs on this data directory.</summary>
    public static async Task<bool> RefusedBesideServiceAsync(IHost host, string command)
    {
        if (host.Services.GetRequiredService<BriefingDatabase>().Embedded is not { OwnsServer: false })
        {
            return false;
        }

        await Console.Error.WriteLineAsync($"The service is running on this data directory: stop it before `{command}`, or do it through the API while it runs.");
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one session: when it answers true, its events and the messages
    /// it collected are stored in one transaction (the outbox); when false, nothing is.
    /// </summary>
    public async Task<bool> InTransactionAsync(Func<IDocumentSession, ICollection<object>, Task<bool>> work)
    {
        // Set here, in the flow that stores: an actor set inside StartAsync would not outlive it.
        using var actor = CurrentActor.Use(Operator);
        using var cascade = _host.Services.GetRequiredService<CascadeTracker>().Begin();
        await using var scope = _host.Services.CreateAsyncScope();
        await using var session = _host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        var messages = new List<object>();
        if (!await work(session, messages))
        {
            return false;
        }

        foreach (var message in messages)
        {
            await outbox.PublishAsync(message);
        }

        await session.SaveChangesAsync();
        var outcome = await cascade.Cascade.WaitAsync(DrainTimeout, _host.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        if (outcome == CascadeOutcome.Pending)
        {
            await Console.Error.WriteLineAsync($"Some modules have not handled everything yet after {DrainTimeout.TotalSeconds:0} s; they will when the service next starts.");
        }
        else if (outcome == CascadeOutcome.Failed)
        {
            await Console.Error.WriteLineAsync("A module could not handle one of the messages; it is in the dead-letter queue and the log above says why.");
        }

        return true;
    }

    public async ValueTask DisposeAsync() => await _host.StopAsync();
}
