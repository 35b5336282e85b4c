using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Mailboxes;

/// <param name="Password">Required the first time; omitted later, the stored one is kept. Never answered, never logged.</param>
/// <param name="TakenFolder">Optional: a folder taken messages are moved to; without it they are marked seen where they are.</param>
public sealed record ConfigureMailbox(
    string? Host,
    int? Port,
    MailSecurity? Security,
    string? User,
    string? Password,
    string? Folder,
    string? TakenFolder,
    int? PollSeconds,
    long? ExpectedVersion);

public static class ConfigureMailboxEndpoint
{
    public const int MinPollSeconds = 5;
    public const int MaxPollSeconds = 86_400;
    public const int MaxPasswordLength = 1000;

    public static Task<Series?> LoadAsync(string seriesId, IQuerySession session, CancellationToken cancellationToken) =>
        session.LoadAsync<Series>(Series.StreamIdFor(seriesId), cancellationToken);

    public static ProblemDetails Validate(string seriesId, ConfigureMailbox command, Series? series, Mailbox? mailbox) =>
        CheckSettings(command, firstTime: mailbox is null)
        ?? (series is null ? Problems.NotFound($"There is no series '{seriesId}'.") : null)
        ?? (command.ExpectedVersion is { } expected && mailbox is not null ? Versions.Check(mailbox.Version, expected) : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>The checks that need nothing stored: a 400 naming the field, or null. The password is never part of a problem's text.</summary>
    public static ProblemDetails? CheckSettings(ConfigureMailbox command, bool firstTime) =>
        command.Host is not { Length: > 0 and <= 253 } host || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? Problems.Validation("host", "host is required: the IMAP server's name or address, without spaces.")
        : command.Port is not (>= 1 and <= 65535)
            ? Problems.Validation("port", "port is required, from 1 to 65535 (IMAP: 143, or 993 for ssl).")
        : command.Security is null
            ? Problems.Validation("security", "security must be one of: none, ssl, starttls.")
        : TextRules.Check("user", command.User, TextLimits.Name * 3, required: true)
        ?? (firstTime && string.IsNullOrEmpty(command.Password)
            ? Problems.Validation("password", "password is required when the mailbox is first set up.")
            : command.Password is { Length: > MaxPasswordLength } || (command.Password?.Any(char.IsControl) ?? false)
            ? Problems.Validation("password", $"password must be at most {MaxPasswordLength} characters, without control characters.")
            : null)
        ?? CheckFolder("folder", command.Folder)
        ?? CheckFolder("takenFolder", command.TakenFolder)
        ?? (command.PollSeconds is { } seconds and (< MinPollSeconds or > MaxPollSeconds)
            ? Problems.Validation("pollSeconds", $"pollSeconds must be from {MinPollSeconds} to {MaxPollSeconds}.")
            : null);

    private static ProblemDetails? CheckFolder(string field, string? folder) =>
        folder is null ? null : TextRules.Check(field, folder, TextLimits.Title, required: true);

    public static Guid MailboxStream(string seriesId) => Mailbox.StreamIdFor(seriesId);

    /// <summary>The settings are an event; the password, when given, is encrypted into the mailbox's secret document, never into an event.</summary>
    [WolverinePut("/api/series/{seriesId}/mailbox")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("E-mail intake"), EndpointSummary("Set up the series' mailbox (投稿邮箱)")]
    [EndpointDescription("Sets the IMAP mailbox the series' submissions arrive in: server, port, security (none, ssl, starttls), user, password (required the first time, kept encrypted, never answered), folder (default INBOX), a folder to move taken messages to (else they are marked seen) and the poll interval (default 60 s). The poller picks the change up within seconds. 404: no such series; 409 version-conflict: expectedVersion, when given, is not the mailbox's version.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Mailbox, MailboxResponse>, Events, StoreObjects) Put(
        string seriesId,
        ConfigureMailbox command,
        [WriteAggregate(FromMethod = nameof(MailboxStream), Required = false)] Mailbox? mailbox,
        MailboxPasswords passwords)
    {
        var (configured, secret) = Decide(seriesId, command, mailbox, passwords.Protect);
        return (new(), [configured], secret is null ? MartenOps.StoreObjects() : MartenOps.StoreObjects(secret));
    }

    /// <summary>The event, and the secret to store when a password was given.</summary>
    public static (MailboxConfigured, MailboxSecret?) Decide(string seriesId, ConfigureMailbox command, Mailbox? mailbox, Func<string, string> protect)
    {
        var passwordGiven = !string.IsNullOrEmpty(command.Password);
        var configured = new MailboxConfigured(seriesId, command.Host!, command.Port!.Value, command.Security!.Value, command.User!, passwordGiven,
            command.Folder ?? Mailbox.DefaultFolder, command.TakenFolder, command.PollSeconds ?? mailbox?.PollSeconds ?? Mailbox.DefaultPollSeconds);
        return (configured, passwordGiven ? new MailboxSecret { Id = seriesId, ProtectedPassword = protect(command.Password!) } : null);
    }
}
