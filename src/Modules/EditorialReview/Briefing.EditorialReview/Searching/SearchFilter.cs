using System.Globalization;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.EditorialReview.Searching;

/// <summary>What a search asks for, read from the query string; <see cref="Read"/> says what is wrong with it in clear words.</summary>
public sealed record SearchFilter(
    IReadOnlyList<string> Terms, string? SeriesId, string? OrgId, ItemStatus? Status, DateOnly? From, DateOnly? To, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static (SearchFilter? Filter, ProblemDetails? Problem) Read(
        string? q, string? seriesId, string? orgId, string? status, string? from, string? to, string? page, string? pageSize)
    {
        if (SearchQuery.Problem(q) is { } wrongQuery)
        {
            return (null, Problems.Validation("q", wrongQuery));
        }

        foreach (var (field, id) in new[] { ("seriesId", seriesId), ("orgId", orgId) })
        {
            if (id is not null && id.Contains('\0', StringComparison.Ordinal))
            {
                return (null, Problems.Validation(field, $"{field} must be an id (it holds a NUL character)."));
            }
        }

        var wanted = Enum.GetValues<ItemStatus>().Where(known => known.Name() == status).Cast<ItemStatus?>().SingleOrDefault();
        if (status is not null && wanted is null)
        {
            return (null, Problems.Validation("status", $"status must be one of: {string.Join(", ", Enum.GetValues<ItemStatus>().Select(known => known.Name()))}."));
        }

        var (start, end) = (Day(from), Day(to));
        if (from is not null && start is null)
        {
            return (null, Problems.Validation("from", "from must be a date, yyyy-MM-dd."));
        }

        if (to is not null && end is null)
        {
            return (null, Problems.Validation("to", "to must be a date, yyyy-MM-dd."));
        }

        if (start > end)
        {
            return (null, Problems.Validation("to", "to must not be before from."));
        }

        var pageNumber = Number(page);
        if (page is not null && pageNumber is not >= 1)
        {
            return (null, Problems.Validation("page", "page is a number counting from 1."));
        }

        var size = Number(pageSize);
        if (pageSize is not null && size is not (>= 1 and <= MaxPageSize))
        {
            return (null, Problems.Validation("pageSize", $"pageSize must be a number between 1 and {MaxPageSize}."));
        }

        return (new SearchFilter(SearchQuery.Terms(q), Blank(seriesId), Blank(orgId), wanted, start, end, pageNumber ?? 1, size ?? DefaultPageSize), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
