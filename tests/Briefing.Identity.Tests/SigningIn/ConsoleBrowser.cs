using Alba;
using Briefing.Identity.Authenticating;
using Briefing.Identity.SigningIn;
using Briefing.Testing;

namespace Briefing.Identity.Tests.SigningIn;

/// <summary>What a browser keeps for the console: the session cookie it was given, and the CSRF token the page holds.</summary>
public sealed class ConsoleBrowser(AppFixture app)
{
    public string? Cookie { get; private set; }
    public string? CsrfToken { get; private set; }
    public string? SetCookieHeader { get; private set; }

    public async Task<IScenarioResult> SignInAsync(string name, string password, int status = 200)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new SignIn(name, password)).ToUrl("/api/session");
            s.StatusCodeShouldBe(status);
        });
        if (status == 200)
        {
            Keep(result);
            CsrfToken = (await result.ReadAsJsonAsync<SessionAnswer>())!.CsrfToken;
        }

        return result;
    }

    /// <summary>A request as the page makes it: with the cookie, and with the CSRF token unless told otherwise.</summary>
    public async Task<IScenarioResult> SendAsync(string method, string url, int status, object? body = null, bool withCsrfToken = true)
    {
        var result = await app.Host.Scenario(s =>
        {
            Given.Request(s, method, url, body);
            if (Cookie is not null)
            {
                s.WithRequestHeader("Cookie", Cookie);
            }

            if (withCsrfToken && CsrfToken is not null)
            {
                s.WithRequestHeader(CsrfProtection.HeaderName, CsrfToken);
            }

            s.StatusCodeShouldBe(status);
        });
        Keep(result);
        return result;
    }

    private void Keep(IScenarioResult result)
    {
        if (result.Context.Response.Headers.SetCookie.ToString() is { Length: > 0 } setCookie)
        {
            SetCookieHeader = setCookie;
            var pair = setCookie.Split(';')[0];
            Cookie = pair.EndsWith('=') ? null : pair;
        }
    }

    public static bool HasAttribute(string setCookie, string attribute) =>
        setCookie.Split(';').Any(part => string.Equals(part.Trim(), attribute, StringComparison.OrdinalIgnoreCase));
}
