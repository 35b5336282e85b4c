using Briefing.Identity.Bootstrapping;
using Briefing.Identity.Contracts;

namespace Briefing.Identity.Tests.Bootstrapping;

/// <summary>What a configured bootstrap token decides at start-up, without a database: given the active bootstrap admins, nothing or a replacement.</summary>
public sealed class BootstrapDecisionTests
{
    private const string Token = "brf_configured-admin-token";

    [Fact]
    public void the_first_start_with_a_token_creates_the_bootstrap_admin_holding_it()
    {
        var replacement = AdminBootstrap.ForConfiguredToken(Token, []);

        var created = replacement!.Created;
        Assert.Equal((AdminBootstrap.AdminName, Roles.Admin, null, true), (created.Name, created.Role, created.OrgId, created.Bootstrap));
        Assert.Equal(AccessTokens.Fingerprint(Token), (created.TokenLookup, created.TokenHash));
        Assert.Empty(replacement.Revoked);
    }

    [Fact]
    public void starting_again_with_the_same_token_changes_nothing()
    {
        var admin = Users.Active(Roles.Admin, bootstrap: true, token: Token);

        Assert.Null(AdminBootstrap.ForConfiguredToken(Token, [admin]));
    }

    [Fact]
    public void a_new_token_replaces_every_earlier_bootstrap_admin()
    {
        var earlier = Users.Active(Roles.Admin, bootstrap: true, token: "brf_old-token");
        var older = Users.Active(Roles.Admin, bootstrap: true, token: "brf_older-token");

        var replacement = AdminBootstrap.ForConfiguredToken(Token, [earlier, older]);

        Assert.Equal(AccessTokens.Fingerprint(Token).Hash, replacement!.Created.TokenHash);
        Assert.Equal(
            [new UserRevoked(earlier.Id, "the bootstrap admin token was replaced"), new UserRevoked(older.Id, "the bootstrap admin token was replaced")],
            replacement.Revoked);
    }
}
