using Briefing.Identity.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace Briefing.Identity.ManagingUsers;

/// <summary>
/// A contributor created or revoked from the command line, where Wolverine is not running and no message
/// can be sent: stored in the same transaction as the user's events, and sent by the service
/// (<see cref="ContributorNewsSender"/>) within seconds, or when it next starts.
/// </summary>
public sealed class ContributorNews
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public string OrgId { get; set; } = "";
    public Guid UserId { get; set; }
    public string? Name { get; set; }
    public bool Revoked { get; set; }

    public static ContributorNews Of(object message, long sequence) => message switch
    {
        ContributorRegistered registered => new() { Id = Guid.NewGuid(), Sequence = sequence, OrgId = registered.OrgId, UserId = registered.UserId, Name = registered.Name },
        ContributorRevoked revoked => new() { Id = Guid.NewGuid(), Sequence = sequence, OrgId = revoked.OrgId, UserId = revoked.UserId, Revoked = true },
        _ => throw new ArgumentException($"{message.GetType().Name} is not news of a contributor.", nameof(message)),
    };

    public object Message() => Revoked ? new ContributorRevoked(OrgId, UserId) : new ContributorRegistered(OrgId, UserId, Name ?? "");
}

/// <summary>Sends the <see cref="ContributorNews"/> the command line left, in the order it was made, once the service runs.</summary>
public sealed partial class ContributorNewsSender(IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ContributorNewsSender> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var whenStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var whenStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            while (!stoppingToken.IsCancellationRequested)
            {
                await SendAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping; what is left is sent at the next start.
        }
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
            var news = await session.Query<ContributorNews>().OrderBy(item => item.Sequence).ToListAsync(cancellationToken);
            if (news.Count == 0)
            {
                return;
            }

            var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
            outbox.Enroll(session);
            foreach (var item in news)
            {
                await outbox.PublishAsync(item.Message());
                session.Delete(item);
            }

            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotSent(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "News of contributors made on the command line not sent yet: {Reason}")]
    private partial void LogNotSent(string reason);
}
