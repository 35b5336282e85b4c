using Briefing.Identity.Authenticating;
using Briefing.Identity.Bootstrapping;
using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Briefing.Identity.SigningIn;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Identity;

/// <summary>Users, their tokens and roles; authentication and the authorization policies every endpoint names.</summary>
public static class IdentityModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "identity";

    /// <summary>
    /// The messages of other modules this module takes, each with its handler: they arrive on the
    /// module's queue and are handled there (src/Host/Modules/ModuleMessaging.cs). No other handler runs.
    /// </summary>
    public static IReadOnlyDictionary<Type, Type> Handlers { get; } = new Dictionary<Type, Type>();

    /// <summary>The default scheme: a request with an Authorization header is a bearer token's, any other the console session's.</summary>
    public const string TokenOrSession = "TokenOrSession";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, Action<IdentityOptions> configure)
    {
        var options = new IdentityOptions();
        configure(options);
        services.Configure(configure);
        services.ConfigureMarten(marten =>
        {
            marten.Events.AddEventTypes([typeof(UserCreated), typeof(UserRevoked), typeof(PasswordSet), typeof(PasswordChanged),
                typeof(SignedIn), typeof(SignInFailed), typeof(SignedOut)]);
            marten.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
            marten.Projections.Snapshot<ConsoleSession>(SnapshotLifecycle.Inline);
            marten.Projections.Add<SignInRecordProjection>(ProjectionLifecycle.Inline);
            marten.Schema.For<UserAccount>().DatabaseSchemaName(Name).Index(user => user.TokenLookup).Index(user => user.Name);
            marten.Schema.For<UserCredential>().DatabaseSchemaName(Name);
            marten.Schema.For<ConsoleSession>().DatabaseSchemaName(Name);
            marten.Schema.For<ContributorNews>().DatabaseSchemaName(Name);
            marten.Schema.For<SignInRecord>().DatabaseSchemaName(Name).Index(record => record.Name).Index(record => record.At);
        });

        // Session cookies are encrypted with keys kept under the data directory, so sessions outlive a restart.
        services.AddDataProtection().SetApplicationName("briefing").PersistKeysToFileSystem(KeyDirectory(options.DataDirectory));
        services.AddSingleton(sp => new FailedAuthenticationThrottle(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<IdentityOptions>>().Value.FailedAttemptsPerMinute));
        services.AddAuthentication(TokenOrSession)
            .AddPolicyScheme(TokenOrSession, null, scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerTokenHandler.SchemeName : ConsoleSessions.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(ConsoleSessions.SchemeName, cookie => ConsoleSessions.Configure(cookie, options.SessionIdle));
        services.AddAuthorization(authorization =>
        {
            foreach (var (policy, roles) in Policies.RolesAllowed)
            {
                authorization.AddPolicy(policy, rule => rule.RequireAuthenticatedUser().RequireRole(roles));
            }

            // Deny by default: an endpoint that names no policy still needs a signed-in user.
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddHostedService<ContributorNewsSender>();
        services.AddSingleton<AdminBootstrap>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminBootstrap>());
        return services;
    }

    /// <summary>The Data Protection key ring's directory, readable by the service's account only.</summary>
    private static DirectoryInfo KeyDirectory(string dataDirectory)
    {
        var keys = new DirectoryInfo(Path.GetFullPath(Path.Combine(dataDirectory, "keys")));
        if (!keys.Exists)
        {
            keys.Create();
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(keys.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return keys;
    }
}
