using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Identity.Authenticating;

/// <summary>
/// A request that changes state and is authenticated by the console's cookie must carry the
/// session's token in <c>X-CSRF-Token</c> (the console reads it from <c>GET /api/session</c>);
/// another site can make a browser send the cookie, but not read the token nor set the header.
/// Bearer-token requests carry no ambient credential and need none. SameSite=Strict is the
/// second, independent line.
/// </summary>
public static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-Token";

    public const string RefusedDetail =
        "This request came with the console's session cookie but without the session's CSRF token in the X-CSRF-Token header, so it was refused (跨站请求伪造防护：请求缺少有效的令牌).";

    public static IApplicationBuilder UseCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
                && ConsoleSessions.IsConsoleSession(context.User)
                && !Matches(context.Request.Headers[HeaderName].ToString(), ConsoleSessions.CsrfTokenOf(context.User)))
            {
                await AuthProblems.ForbiddenAsync(context, RefusedDetail);
                return;
            }

            await next(context);
        });

    private static bool Matches(string sent, string? expected) =>
        expected is not null && sent.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));
}
