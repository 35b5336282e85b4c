using Briefing.Host.Outages;
using Briefing.Kernel;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Host.Errors;

/// <summary>
/// Turns every exception that reaches the top into problem details: a stale <c>expectedVersion</c>
/// into the contract's 409 version-conflict with <c>currentVersion</c>, a bad request (malformed
/// body, body over the size limit) into its 4xx, an unreachable database into a 503 with
/// <c>Retry-After</c> (one warning line in the log, no stack trace), anything else into a 500 that
/// says nothing about the code outside Development.
/// </summary>
public sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    IServiceProvider services,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            _ when DatabaseOutage.IsCause(exception) => Unavailable(httpContext, exception),
            ConcurrencyException conflict => await VersionConflictAsync(conflict, cancellationToken),
            ExistingStreamIdCollisionException => Problems.Conflict("It was created by a concurrent request; it exists now."),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = bad.Message,
            },
            _ => Unexpected(exception),
        };

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = environment.IsDevelopment() ? exception : null,
        });
    }

    private async Task<ProblemDetails> VersionConflictAsync(ConcurrencyException conflict, CancellationToken cancellationToken) =>
        Versions.Conflict(await CurrentVersionAsync(conflict.Id ?? StreamIdMentionedIn(conflict), cancellationToken));

    private async Task<long?> CurrentVersionAsync(object? streamId, CancellationToken cancellationToken)
    {
        try
        {
            return await StreamVersionAsync(streamId, cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.IsCause(e))
        {
            return null; // the conflict stands; its current version cannot be read just now
        }
    }

    private async Task<long?> StreamVersionAsync(object? streamId, CancellationToken cancellationToken)
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var state = streamId switch
        {
            Guid id => await session.Events.FetchStreamStateAsync(id, cancellationToken),
            string key => await session.Events.FetchStreamStateAsync(key, cancellationToken),
            _ => null,
        };
        return state?.Version;
    }

    // A conflict PostgreSQL detects at commit (two writers racing) reaches us without an Id; the
    // violation's detail names the stream (the data source includes error detail for this).
    private static Guid? StreamIdMentionedIn(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var text = e is Npgsql.PostgresException postgres ? $"{postgres.MessageText} {postgres.Detail}" : e.Message;
            if (GuidPattern().Match(text) is { Success: true } match)
            {
                return Guid.Parse(match.Value);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex GuidPattern();

    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        services.GetRequiredService<DatabaseAvailability>().RequestProbe();
        LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, DatabaseUnavailable.Reason(exception));
        httpContext.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DatabaseUnavailable.Problem();
    }

    private ProblemDetails Unexpected(Exception exception)
    {
        LogUnexpected(logger, exception);
        return new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Type = ProblemTypes.Unexpected,
            Title = "Unexpected error",
            Detail = environment.IsDevelopment() ? exception.ToString() : "The server failed to handle the request; the error is logged.",
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database is unavailable ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while handling a request")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
