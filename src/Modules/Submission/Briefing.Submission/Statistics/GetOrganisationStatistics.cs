using System.ComponentModel;
using System.Globalization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Kernel.Printing;
using Briefing.Submission.Scoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Briefing.Submission.Statistics;

/// <summary>A version of the rules the figures used, and the days of the period it scored (under current: the whole period).</summary>
public sealed record ScoringRulesUsed(int Version, DateOnly EffectiveFrom, ScoringPoints Points, IReadOnlyDictionary<string, int> InstructionPoints);

public sealed record StatisticsTotals(int Submitted, int Accepted, int Rejected, int Published, double? AdoptionRate, int Instructions, int Points);

public sealed record OrganisationStatistics(
    string SeriesId,
    DateOnly From,
    DateOnly To,
    RulesMode Mode,
    IReadOnlyList<ScoringRulesUsed> Rules,
    IReadOnlyList<StatisticsRow> Rows,
    StatisticsTotals Totals,
    IReadOnlyList<MonthTotals> Months);

/// <summary>The period and the choices of a statistics request, parsed.</summary>
public sealed record StatisticsRequest(string SeriesId, DateOnly From, DateOnly To, RulesMode Mode, string Format);

public static class GetOrganisationStatisticsEndpoint
{
    /// <summary>The longest period one request covers.</summary>
    public const int MaxDays = 3660;

    public const string CsvHeader = "rank,orgId,name,kind,submitted,accepted,rejected,published,adoptionRate,instructions,points";

    /// <summary>
    /// The request, or the first thing wrong with it. Without dates the period is this month so far
    /// (Beijing time); <c>from</c> alone runs to today, <c>to</c> alone from the first of its month.
    /// </summary>
    public static (StatisticsRequest?, ProblemDetails?) Parse(string? seriesId, string? from, string? to, string? rules, string? format, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(seriesId))
        {
            return (null, Problems.Validation("seriesId", "seriesId is required: the series whose statistics to count."));
        }

        if (!TryDay(from, out var start) || !TryDay(to, out var end))
        {
            return (null, Problems.Validation(TryDay(from, out _) ? "to" : "from", "from and to are dates (yyyy-MM-dd), Beijing time."));
        }

        var last = end ?? today;
        var first = start ?? new DateOnly(last.Year, last.Month, 1);
        if (first > last)
        {
            return (null, Problems.Validation("from", $"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd})."));
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            return (null, Problems.Validation("to", $"A period covers at most {MaxDays} days; ask for it in parts."));
        }

        RulesMode? mode = rules switch
        {
            null or "effective" => RulesMode.Effective,
            "current" => RulesMode.Current,
            _ => null,
        };
        if (mode is null)
        {
            return (null, Problems.Validation("rules", "rules must be effective (the rules in force on each count's day, the default) or current (the newest rules for everything)."));
        }

        if (format is not (null or "json" or "csv" or "docx"))
        {
            return (null, Problems.Validation("format", "format must be json, csv or docx."));
        }

        return (new StatisticsRequest(seriesId, first, last, mode.Value, format ?? "json"), null);
    }

    [WolverineGet("/api/stats/organisations")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Adoption statistics"), EndpointSummary("Adoption statistics and scores per organisation (采用统计), as JSON, CSV or a 通报 in Word")]
    [EndpointDescription("For a series and a period (from..to, dates inclusive, Beijing time; default: this month so far) one row per organisation that ever had an item in the series, by rank: submitted (items submitted in the period, withdrawn ones not counted), accepted and rejected (of those), published (items of issues published in the period), adoptionRate (published / submitted, null when nothing was submitted), instructions (given in the period) and points. "
        + "An imported item counts as submitted, accepted and published on its issue's last day. rules=effective (default) scores each count by the rules in force on its day, rules=current everything by the newest version; rules lists the versions used. Equal points share a rank (1, 2, 2, 4). "
        + "format=csv is one row per organisation under a header row; format=docx is the 通报 (circular) as a Word file. Also answers the totals and each month's totals. 404: no such series.")]
    [ProducesResponseType<OrganisationStatistics>(StatusCodes.Status200OK, "application/json", "text/csv", OfficialDocument.ContentType)]
    public static async Task<Results<Ok<OrganisationStatistics>, ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> Get(
        string? seriesId, [Description("First day, yyyy-MM-dd.")] string? from, [Description("Last day, yyyy-MM-dd.")] string? to,
        [Description("effective (default) or current.")] string? rules, [Description("json (default), csv or docx.")] string? format,
        IQuerySession session, NpgsqlDataSource database, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(seriesId, from, to, rules, format, ChinaTime.Today(clock));
        if (problem is not null)
        {
            return TypedResults.Problem(problem);
        }

        if (await session.LoadAsync<Series>(Series.StreamIdFor(request!.SeriesId), cancellationToken) is not { } series)
        {
            return TypedResults.Problem(Problems.NotFound($"There is no series '{request.SeriesId}'."));
        }

        var statistics = await CountAsync(request, session, database, cancellationToken);
        var name = FileName(series, request);
        switch (request.Format)
        {
            case "csv":
                response.Headers.ContentDisposition = Downloads.Attachment($"{name.Ascii}.csv", $"{name.Chinese}.csv");
                return TypedResults.Text(Csv(statistics.Rows), Downloads.CsvContentType);
            case "docx":
                response.Headers.ContentDisposition = Downloads.Attachment($"{name.Ascii}.docx", $"{name.Chinese}.docx");
                return TypedResults.File(CircularDocument.Render(statistics, series.Title, series.IssuingUnit, ChinaTime.Today(clock)), OfficialDocument.ContentType);
            default:
                return TypedResults.Ok(statistics);
        }
    }

    public static async Task<OrganisationStatistics> CountAsync(StatisticsRequest request, IQuerySession session, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var versions = (await session.LoadAsync<ScoringRules>(ScoringRules.StreamIdFor(request.SeriesId), cancellationToken))?.Versions ?? [];
        var segments = AdoptionFigures.Segments(versions, request.Mode, request.From, request.To);
        var counts = await AdoptionReads.ReadAsync(database, request.SeriesId, request.From, request.To, segments, cancellationToken);
        var organisations = (await session.LoadManyAsync<Organisation>(cancellationToken, counts.Units.Select(Organisation.StreamIdFor)))
            .ToDictionary(organisation => organisation.OrgId);
        var units = counts.Units.Select(orgId => organisations.TryGetValue(orgId, out var organisation)
            ? new Unit(orgId, organisation.Name, organisation.Kind)
            : new Unit(orgId, orgId, "")).ToList();
        var rows = AdoptionFigures.Rows(units, segments, counts.Counts, counts.Instructions, versions, request.Mode);
        var used = AdoptionFigures.VersionsUsed(segments, counts.Instructions, versions, request.Mode)
            .Select(version => new ScoringRulesUsed(version.Version, version.EffectiveFrom, version.Points, version.InstructionPoints)).ToList();
        return new OrganisationStatistics(request.SeriesId, request.From, request.To, request.Mode, used, rows, Totals(rows), EveryMonth(request.From, request.To, counts.Months));
    }

    private static StatisticsTotals Totals(IReadOnlyList<StatisticsRow> rows)
    {
        var (submitted, published) = (rows.Sum(row => row.Submitted), rows.Sum(row => row.Published));
        return new StatisticsTotals(submitted, rows.Sum(row => row.Accepted), rows.Sum(row => row.Rejected), published,
            AdoptionFigures.AdoptionRate(published, submitted), rows.Sum(row => row.Instructions), rows.Sum(row => row.Points));
    }

    /// <summary>Every month the period touches, those without a count with zeros.</summary>
    private static List<MonthTotals> EveryMonth(DateOnly from, DateOnly to, IReadOnlyList<MonthTotals> counted)
    {
        var byMonth = counted.ToDictionary(month => month.Month);
        var months = new List<MonthTotals>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(byMonth.GetValueOrDefault(key) ?? new MonthTotals(key, 0, 0, null));
        }

        return months;
    }

    private static string Csv(IReadOnlyList<StatisticsRow> rows) => Downloads.Csv(CsvHeader, rows.Select(row => new[]
    {
        Number(row.Rank), row.OrgId, row.Name, row.Kind, Number(row.Submitted), Number(row.Accepted), Number(row.Rejected), Number(row.Published),
        row.AdoptionRate?.ToString(CultureInfo.InvariantCulture) ?? "", Number(row.Instructions), Number(row.Points),
    }));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>&lt;series id&gt;-stats-2025-04-01-2025-04-30</c>, and <c>&lt;series title&gt;采用统计（2025-04-01至2025-04-30）</c>.</summary>
    private static (string Ascii, string Chinese) FileName(Series series, StatisticsRequest request)
    {
        var period = string.Create(CultureInfo.InvariantCulture, $"{request.From:yyyy-MM-dd}至{request.To:yyyy-MM-dd}");
        var title = Downloads.FileNameSafe(OfficialDocument.TitleOnOneLine(series.Title));
        return (string.Create(CultureInfo.InvariantCulture, $"{series.SeriesId}-stats-{request.From:yyyy-MM-dd}-{request.To:yyyy-MM-dd}"),
            $"{title}{(request.Format == "docx" ? "信息采用情况通报" : "采用统计")}（{period}）");
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
