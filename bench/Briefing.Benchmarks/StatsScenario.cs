using System.Diagnostics;
using System.Text.Json;
using Briefing.Submission.Statistics;
using Marten;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>
/// A year of a series fed by 300 units, 5 items a unit a week (78,000 items: 60 % accepted and
/// published in the next week's issue, 30 % rejected, a 市级 instruction on one published item in
/// 50), written as submission events in PostgreSQL itself, the adoption counts rebuilt from them,
/// then the year's statistics per organisation (goal: p99 under 100 ms, issue 19) against a raw
/// SQL aggregate of the same events, whose figures they must equal.
/// </summary>
public static class StatsScenario
{
    public const string Name = "stats";
    private const string Series = "stats-bench";
    private const double GoalP99Ms = 100;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(string connectionString, BenchSettings settings)
    {
        var (units, weeks, requests) = settings.Quick ? (30, 52, 20) : (300, 52, 100);
        var (host, _) = await HostProcessUnderTest.StartAsync(connectionString);
        await using (host)
        {
            await host.SendAsync(HttpMethod.Post, "/api/series", host.AdminToken, new
            {
                id = Series,
                title = "统计基准简报",
                issuingUnit = "基准测试专班",
                sections = new[] { new { key = "district", title = "区县动态" } },
                distribution = "各区县",
            });
            await host.SendAsync(HttpMethod.Put, $"/api/series/{Series}/scoring", host.AdminToken, new
            {
                effectiveFrom = "2025-01-01",
                points = new { submitted = 1, accepted = 2, rejected = 0, published = 10 },
                instructionPoints = new Dictionary<string, int> { ["市级"] = 10 },
            });
            await host.SendAsync(HttpMethod.Put, $"/api/series/{Series}/scoring", host.AdminToken, new
            {
                effectiveFrom = "2025-07-01",
                points = new { submitted = 1, accepted = 3, rejected = -1, published = 12 },
                instructionPoints = new Dictionary<string, int> { ["市级"] = 15 },
            });
            var (events, written) = await WriteEventsAsync(connectionString, units, weeks);
            var rebuilt = await RebuildAsync(connectionString);
            var editor = await host.TokenForAsync("editor");

            var year = $"/api/stats/organisations?seriesId={Series}&from=2025-01-01&to=2025-12-31";
            var calls = new (string Name, Func<Task> Call)[]
            {
                ($"raw SQL aggregate of the year's events ({units} units)", () => RawAggregateAsync(connectionString)),
                ($"GET stats, a year of {units} units, rules=effective", () => host.GetBodyAsync(year, editor)),
                ($"GET stats, a year of {units} units, rules=current", () => host.GetBodyAsync(year + "&rules=current", editor)),
                ($"GET stats, one month of {units} units", () => host.GetBodyAsync($"/api/stats/organisations?seriesId={Series}&from=2025-04-01&to=2025-04-30", editor)),
                ($"GET stats, a year of {units} units, format=docx (通报)", () => host.GetBodyAsync(year + "&format=docx", editor)),
            };

            var results = new List<Measurement>
            {
                new(Name, $"write {events:N0} submission events (SQL)", events / written.TotalSeconds, double.NaN, double.NaN),
                new(Name, $"rebuild the adoption counts from {events:N0} events", events / rebuilt.TotalSeconds, double.NaN, double.NaN, $"{rebuilt.TotalSeconds:0.0} s"),
            };
            Measurement? raw = null;
            foreach (var (name, call) in calls)
            {
                await Latencies.WarmOneAtATimeAsync(call, settings.WarmUp);
                var measured = await Latencies.OneAtATimeAsync(Name, name, requests, call);
                raw ??= measured;
                results.Add(measured == raw ? measured : measured with
                {
                    Baseline = $"{measured.P50Ms / raw.P50Ms:0.0}× the raw aggregate"
                        + (name.Contains("a year", StringComparison.Ordinal) && !name.Contains("docx", StringComparison.Ordinal)
                            ? $"; goal p99 < {GoalP99Ms:0} ms: {(measured.P99Ms < GoalP99Ms ? "met" : "MISSED")}" : ""),
                });
            }

            await CheckFiguresAsync(connectionString, await host.SendAsync(HttpMethod.Get, year, editor));
            return results;
        }
    }

    /// <summary>The year's events, written as the submission module stores them, oldest first; returns how many and how long it took.</summary>
    private static async Task<(long Events, TimeSpan Took)> WriteEventsAsync(string connectionString, int units, int weeks)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var insert = new NpgsqlCommand("""
            create temp table bench_items as
              select u, w, k, md5('stats-' || u || '-' || w || '-' || k)::uuid as id,
                timestamptz '2025-01-06 09:00:00+08' + make_interval(weeks => w, days => k, secs => u) as submitted_at,
                timestamptz '2025-01-17 17:00:00+08' + make_interval(weeks => w) as published_at,
                case when (u + w + k) % 10 < 6 then 'accepted' when (u + w + k) % 10 < 9 then 'rejected' else 'pending' end as fate,
                (u * 7 + w * 3 + k) % 50 = 0 as instructed
              from generate_series(0, @units - 1) u, generate_series(0, @weeks - 1) w, generate_series(0, 4) k;
            create temp table bench_events as
              select id, 1 as v, 'item_submitted' as type, 'Briefing.Submission.ItemSubmitted, Briefing.Submission' as dotnet, submitted_at as at,
                jsonb_build_object('ItemId', id, 'SeriesId', @series, 'OrgId', 'unit-' || u, 'Section', 'district', 'Headline', '单位' || u,
                  'Body', '统计基准稿件。', 'HappenedOn', null, 'SubmittedBy', jsonb_build_object('Id', 'bench', 'Name', '基准')) as data
              from bench_items
              union all
              select id, 2, 'submission_in_review', 'Briefing.Submission.SubmissionInReview, Briefing.Submission', submitted_at + interval '1 hour', '{}'::jsonb
              from bench_items
              union all
              select id, 3, case fate when 'accepted' then 'submission_accepted' else 'submission_rejected' end,
                case fate when 'accepted' then 'Briefing.Submission.SubmissionAccepted, Briefing.Submission' else 'Briefing.Submission.SubmissionRejected, Briefing.Submission' end,
                submitted_at + interval '1 day',
                case fate when 'accepted' then jsonb_build_object('Section', 'district') else jsonb_build_object('Reason', '与本刊主题无关。') end
              from bench_items where fate <> 'pending'
              union all
              select id, 4, 'submission_published', 'Briefing.Submission.SubmissionPublished, Briefing.Submission', published_at,
                jsonb_build_object('IssueNumber', w + 1, 'PublishedAt', published_at)
              from bench_items where fate = 'accepted'
              union all
              select id, 5, 'instruction_given', 'Briefing.Submission.InstructionGiven, Briefing.Submission', published_at + interval '3 days',
                jsonb_build_object('InstructionId', md5('instruction-' || id)::uuid, 'Leader', '李市长', 'Level', '市级', 'Text', '请总结推广。',
                  'GivenOn', to_char((published_at + interval '3 days') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
                  'RecordedBy', jsonb_build_object('Id', 'bench', 'Name', '基准'))
              from bench_items where fate = 'accepted' and instructed;
            insert into events.mt_streams (id, type, version, timestamp, created, tenant_id)
              select id, 'SubmissionItem', max(v), max(at), min(at), '*DEFAULT*' from bench_events group by id;
            insert into events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, headers)
              select nextval('events.mt_events_sequence'), gen_random_uuid(), id, v, data, type, at, '*DEFAULT*', dotnet, '{}'::jsonb
              from bench_events order by at, v;
            """, connection) { CommandTimeout = 0 };
        insert.Parameters.AddWithValue("units", units);
        insert.Parameters.AddWithValue("weeks", weeks);
        insert.Parameters.AddWithValue("series", Series);
        await insert.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand("select count(*) from bench_events", connection);
        var events = (long)(await count.ExecuteScalarAsync())!;
        await using var vacuum = new NpgsqlCommand("vacuum analyze events.mt_events", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
        return (events, clock.Elapsed);
    }

    /// <summary>What an operator does after a fix: the adoption projection rebuilt from every event, by Marten's daemon.</summary>
    private static async Task<TimeSpan> RebuildAsync(string connectionString)
    {
        await using var store = new InProcessStore(connectionString);
        using var daemon = await store.Store.BuildProjectionDaemonAsync();
        var clock = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<AdoptionProjection>(TimeSpan.FromMinutes(30), CancellationToken.None);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand($"analyze {AdoptionTables.Daily}; analyze {AdoptionTables.Items}", connection);
        await analyze.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }

    private const string RawAggregate = """
        with submitted as (
          select stream_id, data->>'OrgId' as org_id, (timestamp at time zone 'Asia/Shanghai')::date as day
          from events.mt_events where type = 'item_submitted' and data->>'SeriesId' = @series),
        decided as (
          select stream_id, bool_or(type = 'submission_accepted') as accepted, bool_or(type = 'submission_rejected') as rejected, bool_or(type = 'item_withdrawn') as withdrawn
          from events.mt_events where type in ('submission_accepted', 'submission_rejected', 'item_withdrawn') group by stream_id),
        published as (
          select stream_id, (coalesce((data->>'PublishedAt')::timestamptz, timestamp) at time zone 'Asia/Shanghai')::date as day
          from events.mt_events where type = 'submission_published'),
        instructed as (
          select stream_id, count(*) filter (where (data->>'GivenOn')::date between @from and @to) as instructions
          from events.mt_events where type = 'instruction_given' group by stream_id)
        select s.org_id,
          count(*) filter (where s.day between @from and @to and not coalesce(d.withdrawn, false))::int,
          count(*) filter (where s.day between @from and @to and coalesce(d.accepted, false))::int,
          count(*) filter (where s.day between @from and @to and coalesce(d.rejected, false))::int,
          count(p.stream_id) filter (where p.day between @from and @to)::int,
          coalesce(sum(i.instructions), 0)::int
        from submitted s left join decided d using (stream_id) left join published p using (stream_id) left join instructed i using (stream_id)
        group by s.org_id order by s.org_id
        """;

    private static async Task<List<(string, int, int, int, int, int)>> RawAggregateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(RawAggregate, connection);
        query.Parameters.AddWithValue("series", Series);
        query.Parameters.AddWithValue("from", new DateOnly(2025, 1, 1));
        query.Parameters.AddWithValue("to", new DateOnly(2025, 12, 31));
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<(string, int, int, int, int, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }

        return rows;
    }

    /// <summary>The API's figures must be the raw aggregate's, unit by unit: otherwise the run fails.</summary>
    private static async Task CheckFiguresAsync(string connectionString, JsonElement answer)
    {
        var expected = (await RawAggregateAsync(connectionString)).OrderBy(row => row.Item1, StringComparer.Ordinal).ToList();
        var actual = answer.GetProperty("rows").EnumerateArray()
            .Select(row => (row.GetProperty("orgId").GetString()!, row.GetProperty("submitted").GetInt32(), row.GetProperty("accepted").GetInt32(),
                row.GetProperty("rejected").GetInt32(), row.GetProperty("published").GetInt32(), row.GetProperty("instructions").GetInt32()))
            .OrderBy(row => row.Item1, StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual))
        {
            var first = expected.Zip(actual).FirstOrDefault(pair => pair.First != pair.Second);
            throw new InvalidOperationException($"The statistics differ from the raw aggregate of the events ({expected.Count} units raw, {actual.Count} answered); first difference: raw {first.First}, answered {first.Second}.");
        }
    }
}
