using Briefing.Identity.Contracts;
using Briefing.Submission.RegisteringOrganisations;
using Briefing.Testing;

namespace Briefing.Submission.Tests.RegisteringOrganisations;

[Collection(SharedApp.Collection)]
public sealed class RegisterOrganisationTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task an_admin_registers_an_organisation_that_every_user_can_read()
    {
        var created = await SendAsync("POST", "/api/orgs", App.AdminToken, 201,
            new { id = "cqu", name = "重庆大学", kind = "university", aliases = new[] { "重大" } });
        Assert.Equal("/api/orgs/cqu", created.Context.Response.Headers.Location.ToString());

        var auditor = await App.TokenForAsync(Roles.Auditor);
        var organisation = Assert.Single(await OrganisationsAsync(auditor));
        Assert.Equal(("cqu", "重庆大学", "university", "重大"), (organisation.Id, organisation.Name, organisation.Kind, Assert.Single(organisation.Aliases)));
    }

    [Fact]
    public async Task a_duplicate_id_is_a_409_and_the_first_stays()
    {
        await WithOrganisationAsync("qijiang", "綦江区");

        var result = await SendAsync("POST", "/api/orgs", App.AdminToken, 409, new { id = "qijiang", name = "别的", kind = "other" });

        Assert.EndsWith("/already-exists", (await ReadAsync<Problem>(result)).Type, StringComparison.Ordinal);
        Assert.Equal("綦江区", Assert.Single(await OrganisationsAsync(App.AdminToken)).Name);
    }

    [Theory]
    [InlineData("Qijiang", "綦江区", "district", "id")]
    [InlineData("q", "綦江区", "district", "id")]
    [InlineData("qijiang", "", "district", "name")]
    [InlineData("qijiang", "綦江区", "county", "kind")]
    public async Task an_invalid_organisation_is_a_400_naming_the_field(string id, string name, string kind, string field)
    {
        var result = await SendAsync("POST", "/api/orgs", App.AdminToken, 400, new { id, name, kind });

        Assert.Contains(field, (await ReadAsync<Problem>(result)).Errors!.Keys);
        Assert.Empty(await OrganisationsAsync(App.AdminToken));
    }

    private async Task<IReadOnlyList<OrganisationResponse>> OrganisationsAsync(string token) =>
        await ReadAsync<IReadOnlyList<OrganisationResponse>>(await SendAsync("GET", "/api/orgs", token, 200));
}
