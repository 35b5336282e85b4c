using Briefing.Host.Errors;
using Serilog.Events;

namespace Briefing.Host.Logging;

/// <summary>
/// The level of the one line logged for each request, from the status it answered (the request log
/// runs outside the exception handler, so an exception has become its problem's status by then).
/// </summary>
public static class RequestLogLevel
{
    public static LogEventLevel For(HttpContext context, Exception? exception) =>
        ClientCancellation.WasCancelled(context) ? LogEventLevel.Verbose
        // Health probes every few seconds would drown the log; an unready database is logged by DatabaseAvailabilityMonitor.
        : IsHealthProbe(context) ? LogEventLevel.Verbose
        // ProblemExceptionHandler logged a 503 once, as a warning without a stack trace.
        : context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Verbose
        : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : LogEventLevel.Information;

    private static bool IsHealthProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}
