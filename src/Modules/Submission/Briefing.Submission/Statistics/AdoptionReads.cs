using Npgsql;
using NpgsqlTypes;

namespace Briefing.Submission.Statistics;

/// <summary>A month's totals over every unit, for the adoption-rate line.</summary>
public sealed record MonthTotals(string Month, int Submitted, int Published, double? AdoptionRate);

public sealed record AdoptionCounts(
    IReadOnlyList<string> Units,
    IReadOnlyList<SegmentCounts> Counts,
    IReadOnlyList<InstructionCount> Instructions,
    IReadOnlyList<MonthTotals> Months);

/// <summary>
/// The projection's counts for a period, in one round trip of four indexed queries: whole months
/// from the monthly counts, the days around them from the daily ones (<see cref="AdoptionFigures.Ranges"/>).
/// </summary>
public static class AdoptionReads
{
    public static async Task<AdoptionCounts> ReadAsync(
        NpgsqlDataSource database, string seriesId, DateOnly from, DateOnly to, IReadOnlyList<RulesSegment> segments, CancellationToken cancellationToken)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command($"SELECT org_id FROM {AdoptionTables.Units} WHERE series_id = $1 ORDER BY org_id", seriesId));
        var ranges = AdoptionFigures.Ranges(segments);
        var (days, wholeMonths) = (ranges.Where(range => !range.Monthly).ToList(), ranges.Where(range => range.Monthly).ToList());
        batch.BatchCommands.Add(Command(
            $"""
             SELECT org_id, segment, sum(submitted)::int, sum(accepted)::int, sum(rejected)::int, sum(published)::int
             FROM ({Counted}) AS counts
             GROUP BY org_id, segment
             """,
            [seriesId, .. Columns(days), .. Columns(wholeMonths)]));
        batch.BatchCommands.Add(Command(
            $"SELECT org_id, day, level, instructions FROM {AdoptionTables.Instructions} WHERE series_id = $1 AND day BETWEEN $2 AND $3",
            seriesId, from, to));
        batch.BatchCommands.Add(Command(
            $"""
             SELECT to_char(month, 'YYYY-MM'), sum(submitted)::int, sum(published)::int
             FROM ({Counted}) AS counts
             GROUP BY 1 ORDER BY 1
             """,
            [seriesId, .. Columns(days), .. Columns(wholeMonths)]));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var units = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        var counts = new List<SegmentCounts>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new SegmentCounts(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }

        await reader.NextResultAsync(cancellationToken);
        var instructions = new List<InstructionCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            instructions.Add(new InstructionCount(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetInt32(3)));
        }

        await reader.NextResultAsync(cancellationToken);
        var months = new List<MonthTotals>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (submitted, published) = (reader.GetInt32(1), reader.GetInt32(2));
            months.Add(new MonthTotals(reader.GetString(0), submitted, published, AdoptionFigures.AdoptionRate(published, submitted)));
        }

        return new AdoptionCounts(units, counts, instructions, months);
    }

    /// <summary>
    /// The counts of the ranges ($2–$4: daily ranges, $5–$7: monthly ones; start, end, segment), each
    /// row with its segment and its month.
    /// </summary>
    private static readonly string Counted = $"""
        SELECT d.org_id, r.segment, date_trunc('month', d.day)::date AS month, d.submitted, d.accepted, d.rejected, d.published
        FROM {AdoptionTables.Daily} d JOIN unnest($2::date[], $3::date[], $4::int[]) AS r(start_day, end_day, segment) ON d.day BETWEEN r.start_day AND r.end_day
        WHERE d.series_id = $1
        UNION ALL
        SELECT m.org_id, r.segment, m.month, m.submitted, m.accepted, m.rejected, m.published
        FROM {AdoptionTables.Monthly} m JOIN unnest($5::date[], $6::date[], $7::int[]) AS r(start_month, end_month, segment) ON m.month BETWEEN r.start_month AND r.end_month
        WHERE m.series_id = $1
        """;

    private static object[] Columns(IReadOnlyList<CountRange> ranges) =>
        [ranges.Select(range => range.Start).ToArray(), ranges.Select(range => range.End).ToArray(), ranges.Select(range => range.Segment).ToArray()];

    private static NpgsqlBatchCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter switch
            {
                DateOnly day => new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date },
                _ => new NpgsqlParameter { Value = parameter },
            });
        }

        return command;
    }
}
