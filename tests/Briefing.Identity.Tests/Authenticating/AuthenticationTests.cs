using Alba;
using Briefing.Identity.Authenticating;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Identity.Tests.Authenticating;

[Collection(SharedApp.Collection)]
public sealed class AuthenticationTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task a_missing_token_is_a_401_problem_that_asks_for_a_bearer_token()
    {
        var result = await App.Host.Scenario(s =>
        {
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
            s.Header("WWW-Authenticate").SingleValueShouldEqual("Bearer");
        });

        Assert.Equal(401, (await result.ReadAsJsonAsync<ProblemDetails>())!.Status);
    }

    [Theory]
    [InlineData("Bearer brf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer ")]
    [InlineData("Basic YWRtaW46YWRtaW4=")]
    public async Task an_unknown_token_or_another_scheme_is_a_401(string authorization)
    {
        await App.Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", authorization);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task a_rejected_token_is_logged_with_the_client_but_never_the_token()
    {
        const string guessed = "brf_this-is-a-guessed-token-that-must-not-be-logged";

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(guessed);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(401);
        });

        var lines = App.Log.Lines().ToList();
        Assert.Contains(lines, line => line.StartsWith("Rejected a bearer token from", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(guessed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task no_log_line_carries_a_token_or_an_authorization_header()
    {
        var editor = await App.CreateUserAsync(Roles.Editor);
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(editor.Token);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(403);
        });
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBeOk();
        });

        var lines = App.Log.Lines().ToList();
        Assert.Contains(lines, line => line.Contains("\"/api/admin/users\" responded 403", StringComparison.Ordinal)); // requests are logged
        foreach (var secret in new[] { editor.Token, App.AdminToken, "Authorization", "Bearer brf_" })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task too_many_rejected_tokens_from_one_address_are_a_429_for_every_token_from_it()
    {
        var limit = App.Host.Services.GetRequiredService<FailedAuthenticationThrottle>().FailuresPerWindow;
        for (var attempt = 0; attempt < limit; attempt++)
        {
            await App.Host.Scenario(s =>
            {
                s.WithBearerToken($"brf_guess-{attempt}");
                s.Get.Url("/api/admin/users");
                s.StatusCodeShouldBe(401);
            });
        }

        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken("brf_one-guess-too-many");
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(429);
            s.ContentTypeShouldBe("application/problem+json");
        });
        Assert.True(int.Parse(result.Context.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/admin/users");
            s.StatusCodeShouldBe(429);
        });
    }
}
