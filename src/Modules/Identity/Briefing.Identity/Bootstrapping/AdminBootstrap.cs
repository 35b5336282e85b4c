using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Identity.Bootstrapping;

/// <summary>
/// Makes sure someone can administer the system at start-up. With a configured bootstrap token, a
/// user <c>admin</c> holds exactly that token (an earlier bootstrap admin with another token is
/// revoked). Without one, when no admin is active, a new admin token is written to
/// <c>&lt;data dir&gt;/admin.token</c> (mode 0600) and the log says where, never what.
/// </summary>
public sealed partial class AdminBootstrap(IDocumentStore store, IOptions<IdentityOptions> options, ILogger<AdminBootstrap> logger) : IHostedService
{
    public const string AdminName = "admin";
    public const string TokenFileName = "admin.token";

    public Task StartAsync(CancellationToken cancellationToken) => EnsureAdminAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task EnsureAdminAsync(CancellationToken cancellationToken = default)
    {
        using var system = CurrentActor.Use(Actor.System);
        await using var session = store.LightweightSession();
        if (options.Value.BootstrapAdminToken is { Length: > 0 } configured)
        {
            await EnsureConfiguredAdminAsync(session, configured, cancellationToken);
        }
        else if (!await session.Query<UserAccount>().AnyAsync(user => user.Role == Roles.Admin && user.RevokedAt == null, cancellationToken))
        {
            await CreateAdminWithTokenFileAsync(session, cancellationToken);
        }
    }

    /// <summary>
    /// What a configured token decides: nothing when an active bootstrap admin holds it; else a new
    /// bootstrap admin with it, and every earlier bootstrap admin revoked.
    /// </summary>
    public static AdminReplacement? ForConfiguredToken(string token, IReadOnlyList<UserAccount> activeBootstrapAdmins)
    {
        var (lookup, _) = AccessTokens.Fingerprint(token);
        if (activeBootstrapAdmins.Any(user => user.TokenLookup == lookup && AccessTokens.Matches(token, user.TokenHash)))
        {
            return null;
        }

        var (created, _) = CreateUserEndpoint.Register(AdminName, Roles.Admin, orgId: null, bootstrap: true, token);
        return new AdminReplacement(created, [.. activeBootstrapAdmins.Select(user => new UserRevoked(user.Id, "the bootstrap admin token was replaced"))]);
    }

    private static async Task EnsureConfiguredAdminAsync(IDocumentSession session, string token, CancellationToken cancellationToken)
    {
        var bootstrapAdmins = await session.Query<UserAccount>()
            .Where(user => user.Bootstrap && user.RevokedAt == null)
            .ToListAsync(cancellationToken);
        if (ForConfiguredToken(token, bootstrapAdmins) is not { } replacement)
        {
            return;
        }

        session.Events.StartStream<UserAccount>(replacement.Created.UserId, replacement.Created);
        foreach (var revoked in replacement.Revoked)
        {
            session.Events.Append(revoked.UserId, revoked);
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateAdminWithTokenFileAsync(IDocumentSession session, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, TokenFileName));
        var (created, token) = CreateUserEndpoint.Register(AdminName, Roles.Admin, orgId: null, bootstrap: false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        {
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(token + "\n"), cancellationToken);
        }

        try
        {
            session.Events.StartStream<UserAccount>(created.UserId, created);
            await session.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path); // a token for a user that was never stored would only mislead
            throw;
        }

        LogTokenWritten(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin existed: created user 'admin'; its token is in {Path} (readable by this account only). Keep it safe or delete the file once stored elsewhere.")]
    private static partial void LogTokenWritten(ILogger logger, string path);
}

/// <summary>A bootstrap admin holding the configured token, replacing the earlier ones.</summary>
public sealed record AdminReplacement(UserCreated Created, IReadOnlyList<UserRevoked> Revoked);
