using Briefing.Identity.Authenticating;
using Briefing.Identity.Bootstrapping;
using Briefing.Identity.Contracts;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Authorization;
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

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, Action<IdentityOptions> configure)
    {
        services.Configure(configure);
        services.ConfigureMarten(marten =>
        {
            marten.Events.AddEventTypes([typeof(UserCreated), typeof(UserRevoked)]);
            marten.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
            marten.Schema.For<UserAccount>().DatabaseSchemaName(Name).Index(user => user.TokenLookup);
        });

        services.AddSingleton(sp => new FailedAuthenticationThrottle(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<IdentityOptions>>().Value.FailedAttemptsPerMinute));
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            foreach (var (policy, roles) in Policies.RolesAllowed)
            {
                authorization.AddPolicy(policy, rule => rule.RequireAuthenticatedUser().RequireRole(roles));
            }

            // Deny by default: an endpoint that names no policy still needs a signed-in user.
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddSingleton<AdminBootstrap>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminBootstrap>());
        return services;
    }
}
