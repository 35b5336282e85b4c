using System.ComponentModel;
using System.Globalization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity.SigningIn;

public sealed record SignInEntry(DateTimeOffset At, string Outcome, string Name, Actor? User, string Address, string? UserAgent, string? Reason);

public sealed record SignInPage(long Total, IReadOnlyList<SignInEntry> Items);

/// <summary><c>GET /api/audit/sign-ins</c>: the sign-in record, newest first, filtered by name, outcome and time; as JSON pages or one CSV file.</summary>
public static class ListSignInsEndpoint
{
    public const int MaxPageSize = 500;

    /// <summary>The most rows one CSV file holds: more matching is refused, so that a file never silently lacks rows.</summary>
    public const int MaxCsvRows = 100_000;

    public const string CsvHeader = "at,outcome,name,userId,address,userAgent,reason";

    public static ProblemDetails Validate(string? format, string? outcome, int? page, int? pageSize) =>
        format is not (null or "json" or "csv") ? Problems.Validation("format", "format must be json or csv.")
        : outcome is not null and not (SignInOutcomes.SignedIn or SignInOutcomes.Failed or SignInOutcomes.SignedOut)
            ? Problems.Validation("outcome", $"outcome must be {SignInOutcomes.SignedIn}, {SignInOutcomes.Failed} or {SignInOutcomes.SignedOut}.")
        : page < 1 ? Problems.Validation("page", "page counts from 1.")
        : pageSize is < 1 or > MaxPageSize ? Problems.Validation("pageSize", $"pageSize must be between 1 and {MaxPageSize}.")
        : WolverineContinue.NoProblems;

    [WolverineGet("/api/audit/sign-ins")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Sessions"), EndpointSummary("The sign-in record: every sign-in, failed sign-in and sign-out, with user, time and client address")]
    [EndpointDescription("The sign-in record, newest first: every console sign-in, failed sign-in and sign-out with the user, time, client address and user agent; filtered by name, outcome (signed-in, failed, signed-out) and time, and paged. "
        + "format=csv answers every matching row (no paging) as an attachment, UTF-8 with a byte order mark; "
        + "when more than 100,000 rows match it is refused (400): narrow the range with from and to.")]
    [ProducesResponseType<SignInPage>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<Results<Ok<SignInPage>, ContentHttpResult, ProblemHttpResult>> Get(string? name, string? outcome, DateTimeOffset? from, DateTimeOffset? to,
        int? page, int? pageSize, [Description("json (default) or csv.")] string? format, IQuerySession session, HttpResponse response, CancellationToken cancellationToken)
    {
        var query = session.Query<SignInRecord>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var wanted = name.Trim();
            query = query.Where(record => record.Name == wanted);
        }

        if (outcome is not null)
        {
            query = query.Where(record => record.Outcome == outcome);
        }

        if (from is { } start)
        {
            query = query.Where(record => record.At >= start);
        }

        if (to is { } end)
        {
            query = query.Where(record => record.At <= end);
        }

        if (format == "csv")
        {
            // Counted first, so that a refusal costs a count and not 100,000 documents read.
            if (await query.CountAsync(cancellationToken) > MaxCsvRows)
            {
                return TypedResults.Problem(Problems.Validation("to",
                    $"More than {MaxCsvRows:N0} sign-ins match: one file holds at most {MaxCsvRows:N0}. Narrow the range with from and to, and export it in parts."));
            }

            var rows = await query.OrderByDescending(record => record.At).ToListAsync(cancellationToken);
            response.Headers.ContentDisposition = Downloads.Attachment("sign-ins.csv", "登录记录.csv");
            return TypedResults.Text(Csv(rows), Downloads.CsvContentType);
        }

        var records = await query.OrderByDescending(record => record.At).ToPagedListAsync(page ?? 1, pageSize ?? 100, cancellationToken);
        return TypedResults.Ok(new SignInPage(records.TotalItemCount, records.Select(Entry).ToList()));
    }

    private static SignInEntry Entry(SignInRecord record) =>
        new(record.At, record.Outcome, record.Name, record.UserId is { } id ? new Actor(id.ToString(), record.Name) : null, record.Address, record.UserAgent, record.Reason);

    /// <summary>The outcome as the API writes it.</summary>
    private static string Csv(IEnumerable<SignInRecord> records) => Downloads.Csv(CsvHeader, records.Select(record => new[]
    {
        record.At.ToString("O", CultureInfo.InvariantCulture), record.Outcome, record.Name, record.UserId?.ToString() ?? "", record.Address,
        record.UserAgent ?? "", record.Reason ?? "",
    }));
}
