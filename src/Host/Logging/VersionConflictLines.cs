using Npgsql;
using Serilog.Events;

namespace Briefing.Host.Logging;

/// <summary>
/// Marten logs every failed command as an error with its stack trace, including a stale
/// <c>expectedVersion</c>, which is an ordinary 409 for a request and a retry for a handler. Those
/// lines are left out; every other failure still reaches the log where it is handled.
/// </summary>
public static class VersionConflictLines
{
    private const string MartenCommands = "Marten.IDocumentStore";

    public static bool Matches(LogEvent line) =>
        line.Exception is PostgresException conflict && IsVersionConflict(conflict) &&
        line.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: MartenCommands };

    // MT003: Marten's check of an expected stream version; a unique violation on the events' key: two writers appended the same version.
    private static bool IsVersionConflict(PostgresException e) =>
        e.SqlState == "MT003" ||
        (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName?.StartsWith("pk_mt_events", StringComparison.Ordinal) == true);
}
