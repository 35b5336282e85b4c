using System.Net;

namespace Briefing.Console.Tests.Serving;

[Collection(ConsoleDesk.Name)]
public sealed class ServingTests(ConsoleHost host)
{
    [Fact]
    public async Task the_root_redirects_to_the_console()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var response = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/review/6f1e0d52-6f0e-4d43-9d0e-6c0d2c4a1b11")]
    public async Task every_console_path_answers_the_app_anonymously_with_security_headers(string path)
    {
        using var http = host.Admin.Anonymous();
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang=\"zh-CN\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task the_browser_refuses_an_inline_script_on_a_console_page()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/console/login");
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        Assert.Empty(host.ScriptErrorsOf(page));

        var ran = true;
        var refusal = await page.RunAndWaitForConsoleMessageAsync(async () => ran = await page.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.injected = true';
              document.body.append(script);
              return window.injected === true;
            }
            """), new() { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        Assert.False(ran);
        Assert.Contains(refusal.Text, host.ScriptErrorsOf(page));
    }

    [Fact]
    public async Task scripts_are_served_as_javascript_and_a_missing_asset_is_not_found()
    {
        using var http = host.Admin.Anonymous();
        var script = await http.GetAsync("/console/assets/vendor/preact-htm.module.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/console/assets/nothing-here.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/console/assets/..%2F..%2FBriefing.Host.dll")).StatusCode);
    }
}
