using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity.SigningIn;

public sealed record SignInEntry(DateTimeOffset At, string Outcome, string Name, Actor? User, string Address, string? UserAgent, string? Reason);

public sealed record SignInPage(long Total, IReadOnlyList<SignInEntry> Items);

/// <summary><c>GET /api/audit/sign-ins</c>: the sign-in record, newest first, filtered by name, outcome and time.</summary>
public static class ListSignInsEndpoint
{
    public const int MaxPageSize = 500;

    public static ProblemDetails Validate(string? outcome, int? page, int? pageSize) =>
        outcome is not null and not (SignInOutcomes.SignedIn or SignInOutcomes.Failed or SignInOutcomes.SignedOut)
            ? Problems.Validation("outcome", $"outcome must be {SignInOutcomes.SignedIn}, {SignInOutcomes.Failed} or {SignInOutcomes.SignedOut}.")
        : page < 1 ? Problems.Validation("page", "page counts from 1.")
        : pageSize is < 1 or > MaxPageSize ? Problems.Validation("pageSize", $"pageSize must be between 1 and {MaxPageSize}.")
        : WolverineContinue.NoProblems;

    [WolverineGet("/api/audit/sign-ins")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Sessions"), EndpointSummary("The sign-in record: every sign-in, failed sign-in and sign-out, with user, time and client address")]
    [EndpointDescription("The sign-in record, newest first: every console sign-in, failed sign-in and sign-out with the user, time, client address and user agent; filtered by name, outcome (signed-in, failed, signed-out) and time, and paged.")]
    public static async Task<SignInPage> Get(string? name, string? outcome, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        IQuerySession session, CancellationToken cancellationToken)
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

        var records = await query.OrderByDescending(record => record.At).ToPagedListAsync(page ?? 1, pageSize ?? 100, cancellationToken);
        return new SignInPage(records.TotalItemCount, records.Select(record => new SignInEntry(record.At, record.Outcome, record.Name,
            record.UserId is { } id ? new Actor(id.ToString(), record.Name) : null, record.Address, record.UserAgent, record.Reason)).ToList());
    }
}
