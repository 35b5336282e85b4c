using System.Diagnostics;
using Briefing.Host.Outages;
using Microsoft.AspNetCore.Diagnostics;

namespace Briefing.Host.Errors;

/// <summary>
/// A client that went away mid-request is not a server error. When the request was aborted and
/// what ended it is the cancellation or the closed connection, the request ends with 499 (client
/// closed request; nobody receives it) and one Information line, instead of a 500 logged with a
/// stack trace. Sits inside the request log, which <see cref="WasCancelled"/> keeps from logging
/// the request a second time.
/// </summary>
public static partial class ClientCancellation
{
    /// <summary>Kestrel cancels <c>RequestAborted</c> a moment after a read failed on the closed connection; this long at most.</summary>
    private static readonly TimeSpan NoticingTheClosedConnection = TimeSpan.FromMilliseconds(250);

    private static readonly object CancelledKey = new();

    public static IApplicationBuilder UseClientCancellation(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientCancellation));
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            catch (Exception exception) when (IsCancellation(exception) || IsClosedConnection(exception))
            {
                if (!await AbortedAsync(context, waitForIt: IsClosedConnection(exception)))
                {
                    throw;
                }

                context.Items[CancelledKey] = true;
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                }

                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                {
                    statusCodePages.Enabled = false; // no problem body for a client that is gone
                }

                LogCancelled(logger, context.Request.Method, context.Request.Path, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    /// <summary>The client went away and this request's one line is already written.</summary>
    public static bool WasCancelled(HttpContext context) => context.Items.ContainsKey(CancelledKey);

    private static async Task<bool> AbortedAsync(HttpContext context, bool waitForIt)
    {
        if (context.RequestAborted.IsCancellationRequested || !waitForIt)
        {
            return context.RequestAborted.IsCancellationRequested;
        }

        try
        {
            await Task.Delay(NoticingTheClosedConnection, context.RequestAborted);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private static bool IsCancellation(Exception exception) => Any(exception, e => e is OperationCanceledException);

    // Includes Kestrel's ConnectionResetException and its BadHttpRequestException for a body that ended before its Content-Length;
    // not the database's connection that broke (a 503, ADR 15).
    private static bool IsClosedConnection(Exception exception) => Any(exception, e => e is IOException) && !DatabaseOutage.IsCause(exception);

    private static bool Any(Exception exception, Func<Exception, bool> match) => exception switch
    {
        _ when match(exception) => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => Any(inner, match)),
        _ => exception.InnerException is { } inner && Any(inner, match),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {RequestMethod} {RequestPath} cancelled by the client after {Elapsed:0.0000} ms")]
    private static partial void LogCancelled(ILogger logger, string requestMethod, string requestPath, double elapsed);
}
