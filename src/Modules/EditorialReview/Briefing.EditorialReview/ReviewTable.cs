using Marten;
using Npgsql;

namespace Briefing.EditorialReview;

/// <summary>
/// Reads of the review documents' table that LINQ cannot say: search and similar items look keys up in its
/// GIN-indexed columns (<see cref="ReviewItem.SearchKeys"/>, <see cref="ReviewItem.SimilarityBands"/>; ADR 26).
/// </summary>
public static class ReviewTable
{
    public static string Name(IDocumentStore store) => store.Options.FindOrResolveDocumentType(typeof(ReviewItem)).TableName.QualifiedName;

    /// <summary>The document's fields a search reads, as the columns of a lateral join (each read once per row).</summary>
    public const string Fields = """
        lateral (select (data ->> 'ItemId')::uuid as item_id, data ->> 'SeriesId' as series_id, data ->> 'OrgId' as org_id,
          data ->> 'Headline' as headline, data ->> 'Body' as body, (data ->> 'Status')::int as status,
          (data ->> 'IssueNumber')::int as issue_number, (data ->> 'DatedOn')::date as dated_on)
        """;

    public static async Task<NpgsqlConnection> OpenAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// For this transaction: always the GIN indexes, never a sequential scan (which would read every item's
    /// keys, stored out of line, many times slower: ADR 26), with room enough that the index's bitmap stays exact,
    /// and no JIT compilation (its estimate of rows to test makes PostgreSQL compile the expressions, at 50–200 ms a query).
    /// </summary>
    public static async Task UseTheIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var settings = new NpgsqlCommand("set local enable_seqscan = off; set local work_mem = '32MB'; set local jit = off", connection, transaction);
        await settings.ExecuteNonQueryAsync(cancellationToken);
    }
}
