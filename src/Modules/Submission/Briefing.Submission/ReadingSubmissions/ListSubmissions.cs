using Briefing.Submission.Contracts;
using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Submission.ReadingSubmissions;

public static class ListSubmissionsEndpoint
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Newest first. A contributor sees its own organisation's items only, whatever it asks for.</summary>
    [WolverineGet("/api/submissions")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Submission"), EndpointSummary("List submissions, filtered and paged")]
    [EndpointDescription("Lists submissions, newest first, filtered by series, organisation and status and paged (page from 1, pageSize up to 200); a contributor sees its own organisation's only, whatever it asks for.")]
    public static async Task<Results<Ok<SubmissionPage>, ProblemHttpResult>> Get(
        string? seriesId, string? orgId, string? status, int? page, int? pageSize,
        ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken)
    {
        if (page is < 1)
        {
            return TypedResults.Problem(Problems.Validation("page", "page starts at 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.Problem(Problems.Validation("pageSize", $"pageSize must be between 1 and {MaxPageSize}."));
        }

        var wanted = Enum.GetValues<ItemStatus>().Where(known => known.Name() == status).Cast<ItemStatus?>().SingleOrDefault();
        if (status is not null && wanted is null)
        {
            return TypedResults.Problem(Problems.Validation("status", $"status must be one of: {string.Join(", ", Enum.GetValues<ItemStatus>().Select(known => known.Name()))}."));
        }

        IQueryable<SubmissionItem> query = session.Query<SubmissionItem>();
        if (user.IsInRole(Roles.Contributor))
        {
            var ownOrg = user.OrgIdOf();
            query = query.Where(item => item.OrgId == ownOrg);
        }

        if (orgId is not null)
        {
            query = query.Where(item => item.OrgId == orgId);
        }

        if (seriesId is not null)
        {
            query = query.Where(item => item.SeriesId == seriesId);
        }

        if (wanted is { } filter)
        {
            query = query.Where(item => item.Status == filter);
        }

        var items = await query.OrderByDescending(item => item.SubmittedAt)
            .ToPagedListAsync(page ?? 1, pageSize ?? DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new SubmissionPage(items.Select(SubmissionResponse.Of).ToList(), items.TotalItemCount));
    }
}
