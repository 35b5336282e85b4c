using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Identity.Authenticating;

/// <summary>The 401, 403 and 429 answers of authentication, as problem details, for the bearer token and the console session alike.</summary>
public static class AuthProblems
{
    public const string UnauthorizedDetail =
        "Send a valid token (Authorization: Bearer <token>) or sign in to the console. A missing, unknown or revoked token, or an ended session, is refused.";

    public static Task UnauthorizedAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = BearerTokenHandler.SchemeName;
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", UnauthorizedDetail);
    }

    public static Task ForbiddenAsync(HttpContext context, string detail = "Your role may not do this.") =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
