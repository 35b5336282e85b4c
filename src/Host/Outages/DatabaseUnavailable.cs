using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Briefing.Host.Outages;

/// <summary>The contract's answer while the database is unreachable: a 503 the client may retry.</summary>
public static class DatabaseUnavailable
{
    /// <summary>Long enough for the embedded server to be restarted after a crash.</summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemDetails Problem() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Type = ProblemTypes.DatabaseUnavailable,
        Title = "数据库暂时不可用 Database unavailable",
        Detail = $"The service cannot reach its database just now. Retry in {RetryAfterSeconds} seconds.",
    };

    /// <summary>What went wrong in one line, for the log: Npgsql's message and the innermost cause (no stack trace, no connection string).</summary>
    public static string Reason(Exception exception)
    {
        var chain = new List<Exception>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        var database = chain.OfType<NpgsqlException>().FirstOrDefault();
        var innermost = chain[^1];
        var text = database switch
        {
            PostgresException postgres => $"{postgres.SqlState}: {postgres.MessageText}",
            null => innermost.Message,
            _ when ReferenceEquals(database, innermost) => database.Message,
            _ => $"{database.Message}: {innermost.Message}",
        };
        return text.ReplaceLineEndings(" ");
    }
}
