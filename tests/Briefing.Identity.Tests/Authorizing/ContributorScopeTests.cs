using System.Security.Claims;
using Briefing.Identity.Contracts;

namespace Briefing.Identity.Tests.Authorizing;

public sealed class ContributorScopeTests
{
    [Fact]
    public void a_contributor_acts_only_for_its_own_organisation()
    {
        var contributor = User(Roles.Contributor, "qijiang");

        Assert.True(contributor.MayActFor("qijiang"));
        Assert.False(contributor.MayActFor("fuling"));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ChiefEditor)]
    [InlineData(Roles.Admin)]
    public void other_roles_act_for_any_organisation(string role) =>
        Assert.True(User(role, orgId: null).MayActFor("fuling"));

    private static ClaimsPrincipal User(string role, string? orgId)
    {
        var claims = new List<Claim> { new(BriefingClaims.UserId, Guid.NewGuid().ToString()), new(BriefingClaims.Role, role) };
        if (orgId is not null)
        {
            claims.Add(new Claim(BriefingClaims.OrgId, orgId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", BriefingClaims.Name, BriefingClaims.Role));
    }
}
