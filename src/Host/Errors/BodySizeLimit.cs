using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Host.Errors;

/// <summary>
/// Requests with a body over the contract's 1 MiB get a 413 problem before anything reads them.
/// Kestrel also enforces the limit while reading (for bodies sent without a Content-Length); that
/// failure reaches <see cref="ProblemExceptionHandler"/> as a 413 too.
/// </summary>
public static class BodySizeLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"The request body is {context.Request.ContentLength} bytes; the limit is {MaxBytes} bytes (1 MiB).",
                    },
                });
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBytes;
            }

            await next(context);
        });
}
