using Briefing.Host.Outages;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Briefing.Submission.Contracts;
using Npgsql;

namespace Briefing.Host.Database;

/// <summary>
/// Upgrades a database written before statuses were enums (ADR 20): its documents hold a status as
/// the contract's string ("in-review"), Marten now stores the enum's number, and the status indexes
/// cast it to an integer. Before Marten touches the schema, each such status is rewritten as its
/// number, in place; documents written since are left alone, so running it again changes nothing, and
/// a table whose status index is already the integer one is not read at all.
/// </summary>
public sealed partial class StatusesAsNumbers(NpgsqlDataSource database, ILogger<StatusesAsNumbers> logger) : IHostedService
{
    /// <summary>The documents that keep a status, and the enum it is.</summary>
    public static IReadOnlyList<(string Table, Type Status)> Documents { get; } =
    [
        ("editorial_review.mt_doc_reviewitem", typeof(ItemStatus)),
        ("submission.mt_doc_submissionitem", typeof(ItemStatus)),
        ("publication.mt_doc_issue", typeof(IssueStatus)),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await UpgradeAsync(database, cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.IsCause(e))
        {
            LogSkipped(logger, e.Message); // the outage handling reports it; the next start upgrades
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Rewrites every status held as a string as its number; returns how many documents changed.</summary>
    public static async Task<int> UpgradeAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (table, status) in Documents)
        {
            // A table with an index casting its status to an integer holds no string status: it is skipped without a scan.
            await using var needed = database.CreateCommand(
                "SELECT to_regclass($1) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname || '.' || tablename = $1 AND indexdef LIKE '%''Status''%integer%')");
            needed.Parameters.AddWithValue(table);
            if (await needed.ExecuteScalarAsync(cancellationToken) is not true)
            {
                continue;
            }

            // array_position is 1-based; an enum's first member is 0.
            await using var upgrade = database.CreateCommand(
                $"UPDATE {table} SET data = jsonb_set(data, '{{Status}}', to_jsonb(array_position($1, data->>'Status') - 1)) " +
                "WHERE jsonb_typeof(data->'Status') = 'string' AND array_position($1, data->>'Status') IS NOT NULL");
            upgrade.Parameters.AddWithValue(Enum.GetNames(status).Select(name => ContractNames.Policy.ConvertName(name)).ToArray());
            changed += await upgrade.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statuses of older documents not checked: the database is unavailable ({Reason})")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
