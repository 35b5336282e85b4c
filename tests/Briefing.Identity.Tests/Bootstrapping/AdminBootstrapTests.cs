using Alba;
using Briefing.Identity.Bootstrapping;
using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Briefing.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Identity.Tests.Bootstrapping;

[Collection(SharedApp.Collection)]
public sealed class AdminBootstrapTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task the_configured_bootstrap_token_is_an_admin_created_by_the_system()
    {
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBeOk();
        });

        var created = Assert.Single(await EventsAsync<UserCreated>());
        Assert.Equal(("admin", Roles.Admin, true), (created.Data.Name, created.Data.Role, created.Data.Bootstrap));
        Assert.Equal(("system", "system"), (created.Headers!["actor-id"]?.ToString(), created.Headers["actor-name"]?.ToString()));
    }

    [Fact]
    public async Task starting_again_with_the_same_token_changes_nothing()
    {
        await App.Host.Services.GetRequiredService<AdminBootstrap>().EnsureAdminAsync();

        Assert.Single(await EventsAsync<UserCreated>());
    }

    [Fact]
    public async Task a_new_bootstrap_token_replaces_the_old_one()
    {
        var newToken = "brf_rotated-admin-token-" + Guid.NewGuid().ToString("N");

        await BootstrapWith(newToken).EnsureAdminAsync();

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(newToken);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBeOk();
        });
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(401);
        });
        Assert.Equal("the bootstrap admin token was replaced", Assert.Single(await EventsAsync<UserRevoked>()).Data.Reason);
    }

    [Fact]
    public async Task users_created_by_an_admin_carry_that_admin_as_the_actor()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, name: "管理员甲");
        var editorCreatedByAdmin = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(admin.Token);
            s.Post.Json(new CreateUser("编辑乙", Roles.Editor, null)).ToUrl("/api/admin/users");
            s.StatusCodeShouldBe(201);
        });
        var editor = (await editorCreatedByAdmin.ReadAsJsonAsync<CreatedUser>())!;

        var created = (await EventsAsync<UserCreated>()).Single(e => e.Data.UserId == editor.Id);
        Assert.Equal((admin.Id.ToString(), "管理员甲"), (created.Headers!["actor-id"]?.ToString(), created.Headers["actor-name"]?.ToString()));
    }

    private AdminBootstrap BootstrapWith(string token) => new(
        App.Host.Services.GetRequiredService<IDocumentStore>(),
        Options.Create(new IdentityOptions { BootstrapAdminToken = token }),
        NullLogger<AdminBootstrap>.Instance);

    private async Task<IReadOnlyList<IEvent<T>>> EventsAsync<T>() where T : notnull
    {
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.QueryAllRawEvents().ToListAsync()).OfType<IEvent<T>>().ToList();
    }
}
