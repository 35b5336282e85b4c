using Briefing.Submission.Mailboxes;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Submission.TakingMail;

/// <summary>
/// The background poller: every few seconds it looks at the mailboxes set up, and keeps one watcher
/// per mailbox, restarted when its settings change. A watcher polls, then waits for new mail (IDLE) or
/// its interval; after a failed poll it waits as <see cref="PollSchedule"/> says and tries again.
/// </summary>
public sealed partial class MailboxPoller(IDocumentStore store, MailboxPolls polls, MailOptions options, TimeProvider clock, ILogger<MailboxPoller> logger) : BackgroundService
{
    private sealed record Watcher(long Version, CancellationTokenSource Stop, Task Running);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Polling)
        {
            return;
        }

        var watchers = new Dictionary<string, Watcher>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ReconcileAsync(watchers, stoppingToken);
                await Task.Delay(options.ScanInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            foreach (var watcher in watchers.Values)
            {
                await watcher.Stop.CancelAsync();
            }

            await Task.WhenAll(watchers.Values.Select(watcher => watcher.Running));
        }
    }

    private async Task ReconcileAsync(Dictionary<string, Watcher> watchers, CancellationToken stoppingToken)
    {
        IReadOnlyList<Mailbox> mailboxes;
        try
        {
            await using var session = store.QuerySession();
            mailboxes = await session.Query<Mailbox>().ToListAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogScanFailed(e.Message);
            return;
        }

        foreach (var (seriesId, watcher) in watchers.Where(pair => mailboxes.All(mailbox => mailbox.SeriesId != pair.Key || mailbox.Version != pair.Value.Version)).ToList())
        {
            await watcher.Stop.CancelAsync();
            await watcher.Running;
            watchers.Remove(seriesId);
        }

        foreach (var mailbox in mailboxes.Where(mailbox => !watchers.ContainsKey(mailbox.SeriesId)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            watchers[mailbox.SeriesId] = new Watcher(mailbox.Version, stop, WatchAsync(mailbox.SeriesId, stop.Token));
        }
    }

    private async Task WatchAsync(string seriesId, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await polls.PollAsync(seriesId, stop) is not { } status)
                {
                    return;
                }

                var wait = (status.NextPollAt ?? clock.GetUtcNow()) - clock.GetUtcNow();
                wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
                if (status.Succeeded)
                {
                    await polls.WaitForMailAsync(seriesId, wait, stop);
                }
                else
                {
                    await Task.Delay(wait, clock, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database, most likely: the poll could not even record its outcome. Try again shortly.
                LogWatchFailed(seriesId, e.Message);
                try
                {
                    await Task.Delay(options.RetryBase, clock, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The mail poller could not read the mailboxes: {Reason}")]
    private partial void LogScanFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the mailbox of series {SeriesId} failed before its outcome was recorded: {Reason}")]
    private partial void LogWatchFailed(string seriesId, string reason);
}
