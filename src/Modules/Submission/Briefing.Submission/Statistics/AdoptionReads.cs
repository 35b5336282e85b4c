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

/// <summary>The projection's counts for a period, in one round trip of four indexed queries.</summary>
public static class AdoptionReads
{
    public static async Task<AdoptionCounts> ReadAsync(
        NpgsqlDataSource database, string seriesId, DateOnly from, DateOnly to, IReadOnlyList<RulesSegment> segments, CancellationToken cancellationToken)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command($"SELECT org_id FROM {AdoptionTables.Units} WHERE series_id = $1 ORDER BY org_id", seriesId));
        batch.BatchCommands.Add(Command(
            $"""
             SELECT d.org_id, s.segment, sum(d.submitted)::int, sum(d.accepted)::int, sum(d.rejected)::int, sum(d.published)::int
             FROM {AdoptionTables.Daily} d
             JOIN unnest($4::date[], $5::date[], $6::int[]) AS s(start_day, end_day, segment) ON d.day BETWEEN s.start_day AND s.end_day
             WHERE d.series_id = $1 AND d.day BETWEEN $2 AND $3
             GROUP BY d.org_id, s.segment
             """,
            seriesId, from, to,
            segments.Select(segment => segment.Start).ToArray(), segments.Select(segment => segment.End).ToArray(), segments.Select(segment => segment.Index).ToArray()));
        batch.BatchCommands.Add(Command(
            $"SELECT org_id, day, level, instructions FROM {AdoptionTables.Instructions} WHERE series_id = $1 AND day BETWEEN $2 AND $3",
            seriesId, from, to));
        batch.BatchCommands.Add(Command(
            $"""
             SELECT to_char(day, 'YYYY-MM'), sum(submitted)::int, sum(published)::int
             FROM {AdoptionTables.Daily} WHERE series_id = $1 AND day BETWEEN $2 AND $3
             GROUP BY 1 ORDER BY 1
             """,
            seriesId, from, to));

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
