using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

namespace Briefing.EditorialReview.Searching;

public sealed record SearchHit(
    Guid ItemId, string SeriesId, string OrgId, string Headline, string Excerpt, ItemStatus Status, int? IssueNumber,
    DateOnly DatedOn, double Score, IReadOnlyList<int[]> Highlights);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// Full-text search of every item review knows (submitted, in review, decided, placed, published; a withdrawn one
/// only when asked for by status). Candidates come from the GIN index of each item's characters and character
/// pairs; a substring test then keeps exactly the items holding every term, as written (ADR 26).
/// </summary>
public static class SearchItemsEndpoint
{
    [WolverineGet("/api/search")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Search"), EndpointSummary("Search items by the words they contain")]
    [EndpointDescription("Finds the items whose headline or body holds every space-separated term of q as written (校企 finds 校企合作), filtered by series, organisation, status and the item's day (from/to, yyyy-MM-dd), ranked by score (terms in the headline first, then how densely the body holds them, then recency), each with an excerpt around its first match and the matches' positions in it; a contributor sees its own organisation's items only. A missing or malformed q, status, date or page is a 400.")]
    public static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> Get(
        string? q, string? seriesId, string? orgId, string? status, string? from, string? to, string? page, string? pageSize,
        ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (filter, problem) = SearchFilter.Read(q, seriesId, orgId, status, from, to, page, pageSize);
        if (problem is not null)
        {
            return TypedResults.Problem(problem);
        }

        if (user.IsInRole(Roles.Contributor))
        {
            // Another organisation's items do not exist for a contributor: nothing found, as for any term it lacks.
            if (user.OrgIdOf() is not { } own || (filter!.OrgId is not null && filter.OrgId != own))
            {
                return TypedResults.Ok(new SearchResults(0, []));
            }

            filter = filter with { OrgId = own };
        }

        return TypedResults.Ok(await SearchAsync(store, filter!, ChinaTime.DayOf(clock.GetUtcNow()), cancellationToken));
    }

    public static async Task<SearchResults> SearchAsync(IDocumentStore store, SearchFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await ReviewTable.OpenAsync(store, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReviewTable.UseTheIndexesAsync(connection, transaction, cancellationToken);
        await using var command = Command(ReviewTable.Name(store), filter, today);
        command.Connection = connection;
        command.Transaction = transaction;
        var hits = new List<SearchHit>();
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                total = (int)reader.GetInt64(9);
                var (headline, body) = (reader.GetString(3), reader.GetString(4));
                var excerpt = Excerpt.Of(headline, body, filter.Terms);
                hits.Add(new SearchHit(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), headline, excerpt.Text, (ItemStatus)reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetInt32(6), DateOnly.FromDateTime(reader.GetDateTime(7)), Math.Round(reader.GetDouble(8), 4), excerpt.Highlights));
            }
        }

        // A page past the end has no rows to carry the total: count once more, without ranking.
        if (hits.Count == 0 && filter.Page > 1)
        {
            await using var count = Command(ReviewTable.Name(store), filter with { Page = 1, PageSize = 1 }, today);
            count.Connection = connection;
            count.Transaction = transaction;
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            total = await reader.ReadAsync(cancellationToken) ? (int)reader.GetInt64(9) : 0;
        }

        await transaction.CommitAsync(cancellationToken);
        return new SearchResults(total, hits);
    }

    /// <summary>
    /// One statement: the items whose keys hold every key the terms need (GIN), then the substring test of
    /// each term, then the score. Score = 10 per term in the headline + up to 3 for the share of the body (in bytes) the
    /// matches cover (3 at a tenth or more) + up to 1 for recency (1 today, ½ at 90 days).
    /// </summary>
    private static NpgsqlCommand Command(string table, SearchFilter filter, DateOnly today)
    {
        var command = new NpgsqlCommand();
        var terms = filter.Terms;
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = terms.SelectMany(SearchGrams.Needed).Distinct(StringComparer.Ordinal).ToArray(),
        });
        for (var i = 0; i < terms.Count; i++)
        {
            command.Parameters.AddWithValue($"t{i}", terms[i]);
        }

        var conditions = new List<string> { "t.search_keys @> @keys" };
        Add("seriesId", filter.SeriesId, "d.series_id = @seriesId");
        Add("orgId", filter.OrgId, "d.org_id = @orgId");
        Add<int?>("status", filter.Status is { } status ? (int)status : null, "d.status = @status");
        if (filter.Status is null)
        {
            conditions.Add($"d.status <> {(int)ItemStatus.Withdrawn}");
        }

        Add("from", filter.From, "d.dated_on >= @from");
        Add("to", filter.To, "d.dated_on <= @to");
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("limit", filter.PageSize);
        command.Parameters.AddWithValue("offset", (long)(filter.Page - 1) * filter.PageSize);

        var indexes = Enumerable.Range(0, terms.Count).ToList();
        var matchesAll = string.Join(" and ", indexes.Select(i => $"(strpos(d.headline, @t{i}) > 0 or strpos(d.body, @t{i}) > 0)"));
        var inHeadline = string.Join(" + ", indexes.Select(i => $"(strpos(d.headline, @t{i}) > 0)::int"));
        // Bytes, not characters: octet_length is free where length counts the characters of the whole body.
        var covered = string.Join(" + ", indexes.Select(i => $"(octet_length(d.body) - octet_length(replace(d.body, @t{i}, '')))"));
        // Ranked on narrow rows (id, day, score); only the page's rows are read again for their text.
        command.CommandText = $"""
            with hit as (
              select t.id, d.dated_on, 10.0 * ({inHeadline})
                + 3.0 * least(1.0, 10.0 * ({covered})::float8 / greatest(octet_length(d.body), 1))
                + 1.0 / (1.0 + greatest(@today - d.dated_on, 0) / 90.0) as score
              from {table} as t, {ReviewTable.Fields} as d
              where {string.Join(" and ", conditions)} and {matchesAll}
            ), page as (
              select id, dated_on, score, count(*) over () as total from hit
              order by score desc, dated_on desc, id
              limit @limit offset @offset
            )
            select d.item_id, d.series_id, d.org_id, d.headline, d.body, d.status, d.issue_number, d.dated_on, page.score, page.total
            from page join {table} as t on t.id = page.id, {ReviewTable.Fields} as d
            order by page.score desc, page.dated_on desc, page.id
            """;
        return command;

        void Add<T>(string name, T? value, string condition)
        {
            if (value is not null)
            {
                command.Parameters.AddWithValue(name, value);
                conditions.Add(condition);
            }
        }
    }
}
