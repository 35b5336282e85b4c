using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using Briefing.Submission.Intake;
using Briefing.Submission.Mailboxes;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Briefing.Submission.TakingMail;

/// <summary>
/// One poll of one mailbox: every unseen message is read, stored (<see cref="MailIntake"/>) and only
/// then marked seen (or moved to the taken folder); a poll stopped in between leaves it unseen, and
/// the next poll finds it taken already and only marks it. Polls of one mailbox never overlap: in this
/// process a gate, across nodes an advisory lock (<see cref="MailboxLock"/>).
/// </summary>
public sealed partial class MailboxPolls(
    IDocumentStore store, NpgsqlDataSource dataSource, MailboxPasswords passwords, MailIntake intake, MailOptions options, TimeProvider clock, ILogger<MailboxPolls> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();

    /// <summary>Polls the series' mailbox now and records how it went; null when the series has no mailbox, the last status when another node polls it.</summary>
    public async Task<MailboxPollStatus?> PollAsync(string seriesId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(seriesId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<Mailbox>(Mailbox.StreamIdFor(seriesId), cancellationToken) is not { } mailbox)
            {
                return null;
            }

            var previous = await session.LoadAsync<MailboxPollStatus>(seriesId, cancellationToken);
            PollResult result;
            await using (var held = await MailboxLock.TryAcquireAsync(dataSource, seriesId, cancellationToken))
            {
                if (held is null)
                {
                    return previous;
                }

                var secret = await session.LoadAsync<MailboxSecret>(seriesId, cancellationToken);
                result = await PollImapAsync(mailbox, secret, cancellationToken);
            }

            var status = PollSchedule.After(seriesId, previous, result, mailbox.PollSeconds, options.RetryBase, clock.GetUtcNow());
            session.Store(status);
            await session.SaveChangesAsync(cancellationToken);
            if (!result.Succeeded)
            {
                LogPollFailed(seriesId, status.Failures, result.Detail ?? "", status.NextPollAt);
            }
            else if (result.Taken + result.Held > 0)
            {
                LogPolled(seriesId, result.Taken, result.Held);
            }

            return status;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Waits until the mailbox has unseen mail (IMAP IDLE, where the server offers it) or <paramref name="timeout"/>
    /// has passed, whichever comes first; without IDLE, or when the server cannot be reached, simply waits.
    /// </summary>
    public async Task WaitForMailAsync(string seriesId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<Mailbox>(Mailbox.StreamIdFor(seriesId), timer.Token) is not { } mailbox
                || await session.LoadAsync<MailboxSecret>(seriesId, timer.Token) is not { } secret)
            {
                await Task.Delay(timeout, clock, cancellationToken);
                return;
            }

            using var client = await ConnectAsync(mailbox, secret, timer.Token);
            var folder = await OpenAsync(client, mailbox.Folder, FolderAccess.ReadOnly, timer.Token);
            if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
            {
                await Task.Delay(timeout, clock, timer.Token);
                return;
            }

            using var arrived = CancellationTokenSource.CreateLinkedTokenSource(timer.Token);
            folder.CountChanged += (_, _) => arrived.Cancel();
            if ((await folder.SearchAsync(SearchQuery.NotSeen, timer.Token)).Count == 0)
            {
                await client.IdleAsync(arrived.Token, timer.Token);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval passed, or mail arrived: time to poll.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Polling finds out and records what is wrong; waiting only must not end too soon.
            LogIdleFailed(seriesId, e.Message);
            await Task.Delay(timer.Token.IsCancellationRequested ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(timeout.TotalSeconds, 5)), clock, cancellationToken);
        }
    }

    private async Task<PollResult> PollImapAsync(Mailbox mailbox, MailboxSecret? secret, CancellationToken cancellationToken)
    {
        if (secret is null)
        {
            return PollResult.Failed("没有保存的密码，请重新设置邮箱密码");
        }

        try
        {
            using var client = await ConnectAsync(mailbox, secret, cancellationToken);
            var folder = await OpenAsync(client, mailbox.Folder, FolderAccess.ReadWrite, cancellationToken);
            var takenFolder = mailbox.TakenFolder is { } name ? await client.GetFolderAsync(name, cancellationToken) : null;
            int taken = 0, held = 0;
            foreach (var uid in await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken))
            {
                var outcome = await TakeAsync(mailbox.SeriesId, folder, uid, cancellationToken);
                if (outcome is null)
                {
                    continue;
                }

                if (takenFolder is not null)
                {
                    await folder.MoveToAsync(uid, takenFolder, cancellationToken);
                }
                else
                {
                    await folder.AddFlagsAsync(uid, MessageFlags.Seen, silent: true, cancellationToken);
                }

                taken += outcome == TakeOutcome.Submitted ? 1 : 0;
                held += outcome == TakeOutcome.Held ? 1 : 0;
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
            return new PollResult(true, taken, held, null);
        }
        catch (Exception e) when (Describe(e, mailbox) is { } detail && !cancellationToken.IsCancellationRequested)
        {
            return PollResult.Failed(detail);
        }
    }

    /// <summary>Reads and stores one message; null when it vanished from the folder meanwhile.</summary>
    private async Task<TakeOutcome?> TakeAsync(string seriesId, IMailFolder folder, UniqueId uid, CancellationToken cancellationToken)
    {
        if ((await folder.FetchAsync([uid], MessageSummaryItems.Size | MessageSummaryItems.InternalDate | MessageSummaryItems.UniqueId, cancellationToken)).FirstOrDefault() is not { } summary)
        {
            return null;
        }

        var receivedAt = summary.InternalDate ?? clock.GetUtcNow();
        ReadMail mail;
        if (summary.Size > MailReading.MaxBytes)
        {
            mail = MailReading.TooLarge(await folder.GetHeadersAsync(uid, cancellationToken), summary.Size.Value, receivedAt);
        }
        else
        {
            using var raw = new MemoryStream();
            await using (var stream = await folder.GetStreamAsync(uid, cancellationToken))
            {
                await stream.CopyToAsync(raw, cancellationToken);
            }

            mail = MailReading.Read(raw.ToArray(), receivedAt);
        }

        return await intake.TakeAsync(seriesId, mail, cancellationToken);
    }

    private async Task<ImapClient> ConnectAsync(Mailbox mailbox, MailboxSecret secret, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            var security = mailbox.Security switch
            {
                MailSecurity.Ssl => SecureSocketOptions.SslOnConnect,
                MailSecurity.Starttls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            if (options.TrustedCertificate is { } trusted)
            {
                client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == System.Net.Security.SslPolicyErrors.None || certificate?.GetCertHashString() == trusted;
            }

            await client.ConnectAsync(mailbox.Host, mailbox.Port, security, cancellationToken);
            await client.AuthenticateAsync(mailbox.User, passwords.Unprotect(secret.ProtectedPassword), cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task<IMailFolder> OpenAsync(ImapClient client, string name, FolderAccess access, CancellationToken cancellationToken)
    {
        var folder = string.Equals(name, Mailbox.DefaultFolder, StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(name, cancellationToken);
        await folder.OpenAsync(access, cancellationToken);
        return folder;
    }

    /// <summary>Why a poll failed, in the console's words; never the password.</summary>
    private static string Describe(Exception e, Mailbox mailbox) => e switch
    {
        AuthenticationException => $"服务器拒绝登录：用户名 {mailbox.User} 或密码不对",
        SslHandshakeException => $"与 {mailbox.Host}:{mailbox.Port} 的 TLS 握手失败（证书不受信任，或安全方式选错）",
        SocketException or IOException or TimeoutException => $"无法连接邮件服务器 {mailbox.Host}:{mailbox.Port}：{e.Message}",
        FolderNotFoundException => $"邮箱中没有文件夹 {mailbox.Folder}{(mailbox.TakenFolder is null ? "" : $" 或 {mailbox.TakenFolder}")}",
        CryptographicException => "无法解密保存的密码（密钥已变），请重新设置邮箱密码",
        ImapProtocolException or ImapCommandException or ServiceNotConnectedException => $"邮件服务器出错：{e.Message}",
        NpgsqlException => "数据库暂时不可用，稍后重试",
        _ => $"收取失败：{e.GetType().Name}: {e.Message}",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the mailbox of series {SeriesId} failed ({Failures} in a row): {Detail}; next try at {NextPollAt}")]
    private partial void LogPollFailed(string seriesId, int failures, string detail, DateTimeOffset? nextPollAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox of series {SeriesId}: {Taken} message(s) became submissions, {Held} wait in the intake list")]
    private partial void LogPolled(string seriesId, int taken, int held);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waiting for mail in the mailbox of series {SeriesId} without IDLE: {Reason}")]
    private partial void LogIdleFailed(string seriesId, string reason);
}
