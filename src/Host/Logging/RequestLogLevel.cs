using Briefing.Host.Errors;
using Briefing.Host.Outages;
using Serilog.Events;

namespace Briefing.Host.Logging;

/// <summary>The level of the one line logged for each request.</summary>
public static class RequestLogLevel
{
    public static LogEventLevel For(HttpContext context, Exception? exception) =>
        ClientCancellation.WasCancelled(context) ? LogEventLevel.Verbose
        // ProblemExceptionHandler logs these once, as a warning without a stack trace.
        : exception is not null && DatabaseOutage.IsCause(exception) ? LogEventLevel.Verbose
        : exception is not null || context.Response.StatusCode >= 500 && !IsHealthProbe(context) ? LogEventLevel.Error
        // Health probes every few seconds would drown the log; an unready database is logged by DatabaseAvailabilityMonitor.
        : IsHealthProbe(context) ? LogEventLevel.Verbose
        : LogEventLevel.Information;

    private static bool IsHealthProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}
