using Alba;
using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Briefing.Testing;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Identity.Tests.ManagingUsers;

[Collection(SharedApp.Collection)]
public sealed class ManagingUsersTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_admin_creates_a_user_and_gets_their_token_once()
    {
        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new CreateUser("张三", Roles.Contributor, "qijiang")).ToUrl("/api/admin/users");
            s.StatusCodeShouldBe(201);
        });

        var created = (await result.ReadAsJsonAsync<CreatedUser>())!;
        Assert.Equal(("张三", Roles.Contributor, "qijiang"), (created.Name, created.Role, created.OrgId));
        Assert.StartsWith("brf_", created.Token, StringComparison.Ordinal);
        Assert.True(created.Token.Length >= 4 + 43, "32 random bytes, base64url");
        Assert.Equal($"/api/admin/users/{created.Id}", result.Context.Response.Headers.Location.ToString());

        var list = await ListAsTextAsync();
        Assert.Contains("张三", list, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Token, list, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenHash", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task the_token_is_stored_only_as_its_hash()
    {
        var created = await App.CreateUserAsync(Roles.Editor);

        var eventsWithToken = await Sql.ScalarAsync(App.ConnectionString,
            "SELECT count(*) FROM events.mt_events WHERE data::text LIKE '%' || $1 || '%'", created.Token);
        var documentsWithToken = await Sql.ScalarAsync(App.ConnectionString,
            "SELECT count(*) FROM identity.mt_doc_useraccount WHERE data::text LIKE '%' || $1 || '%'", created.Token);
        Assert.Equal(0L, eventsWithToken);
        Assert.Equal(0L, documentsWithToken);

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.LoadAsync<UserAccount>(created.Id);
        Assert.Equal(AccessTokens.Fingerprint(created.Token).Hash, stored!.TokenHash);
    }

    [Fact]
    public async Task the_new_token_authenticates_its_user_with_their_role()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var editor = await App.CreateUserAsync(Roles.Editor);

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(admin.Token);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBeOk();
        });
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(editor.Token);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(403);
        });
    }

    [Theory]
    [InlineData(null, "editor", null, "name")]
    [InlineData("  ", "editor", null, "name")]
    [InlineData("名字\u0007", "editor", null, "name")]
    [InlineData("王五", null, null, "role")]
    [InlineData("王五", "owner", null, "role")]
    [InlineData("王五", "contributor", null, "orgId")]
    [InlineData("王五", "contributor", "Not A Slug", "orgId")]
    [InlineData("王五", "editor", "qijiang", "orgId")]
    public async Task an_invalid_user_is_a_400_naming_the_field_and_nothing_is_stored(string? name, string? role, string? orgId, string field)
    {
        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new CreateUser(name, role, orgId)).ToUrl("/api/admin/users");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var problem = (await result.ReadAsJsonAsync<ValidationProblemDetails>())!;
        Assert.True(problem.Errors.ContainsKey(field), string.Join(", ", problem.Errors.Keys));
        Assert.Single(await ListAsync()); // the bootstrap admin only
    }

    [Fact]
    public async Task a_revoked_users_token_no_longer_authenticates_and_the_list_shows_them_revoked()
    {
        var editor = await App.CreateUserAsync(Roles.Editor);

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Delete.Url($"/api/admin/users/{editor.Id}");
            s.StatusCodeShouldBe(204);
        });

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(editor.Token);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(401);
        });
        var listed = (await ListAsync()).Single(user => user.Id == editor.Id);
        Assert.False(listed.Active);
        Assert.NotNull(listed.RevokedAt);
    }

    [Fact]
    public async Task revoking_twice_is_harmless_and_an_unknown_user_is_a_404()
    {
        var editor = await App.CreateUserAsync(Roles.Editor);
        for (var i = 0; i < 2; i++)
        {
            await App.Host.Scenario(s =>
            {
                s.WithBearerToken(App.AdminToken);
                s.Delete.Url($"/api/admin/users/{editor.Id}");
                s.StatusCodeShouldBe(204);
            });
        }

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Delete.Url($"/api/admin/users/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.QueryRawEventDataOnly<UserRevoked>().ToListAsync());
    }

    [Fact]
    public async Task the_last_active_admin_cannot_be_revoked()
    {
        var bootstrapAdmin = (await ListAsync()).Single();

        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Delete.Url($"/api/admin/users/{bootstrapAdmin.Id}");
            s.StatusCodeShouldBe(409);
        });

        Assert.EndsWith("/invalid-state", (await result.ReadAsJsonAsync<ProblemDetails>())!.Type, StringComparison.Ordinal);
        Assert.True((await ListAsync()).Single().Active);
    }

    private async Task<string> ListAsTextAsync() =>
        await (await App.SendAsync("GET", "/api/admin/users", App.AdminToken, 200)).ReadAsTextAsync();

    private async Task<List<UserSummary>> ListAsync() =>
        (await (await App.SendAsync("GET", "/api/admin/users", App.AdminToken, 200)).ReadAsJsonAsync<List<UserSummary>>())!;
}
