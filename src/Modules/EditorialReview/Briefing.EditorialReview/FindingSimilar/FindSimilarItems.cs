using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Wolverine.Http;

namespace Briefing.EditorialReview.FindingSimilar;

public sealed record SimilarItem(Guid ItemId, string OrgId, string Headline, ItemStatus Status, double Similarity, string SeriesId, DateOnly DatedOn, int? IssueNumber);

/// <summary>
/// Items of the last <see cref="WindowDays"/> days whose text is close to this one's: the same event reported twice
/// (a university and its district), for the editor to merge (合报). Candidates share a MinHash band; the answer is their
/// exact Jaccard similarity over three-character shingles, at least 0.5, highest first (ADR 26).
/// </summary>
public static class FindSimilarItemsEndpoint
{
    public const int WindowDays = 180;

    [WolverineGet("/api/review/items/{id}/similar")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Editorial review"), EndpointSummary("Items whose text is close to this one's (查重)")]
    [EndpointDescription("Lists the items of the last 180 days (dated by submission, an imported one by its issue's period end) whose headline and body are close to this item's, as Jaccard similarity over three-character shingles of the normalised text, at least 0.5, highest first; withdrawn items are left out. An item review does not know is a 404.")]
    public static async Task<Results<Ok<IReadOnlyList<SimilarItem>>, ProblemHttpResult>> Get(
        Guid id, IQuerySession session, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ReviewItem>(ReviewItem.StreamIdFor(id), cancellationToken) is not { } item)
        {
            return TypedResults.Problem(Problems.NotFound($"Item {id} is not in review."));
        }

        var found = await SimilarToAsync(store, [item], ChinaTime.DayOf(clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(found[item.ItemId]);
    }

    /// <summary>For each item, its similar items (one statement for all of them: the review queue marks every likely duplicate).</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<SimilarItem>>> SimilarToAsync(
        IDocumentStore store, IReadOnlyList<ReviewItem> items, DateOnly today, CancellationToken cancellationToken)
    {
        var answer = items.ToDictionary(item => item.ItemId, _ => (IReadOnlyList<SimilarItem>)[]);
        var wanted = items.Where(item => item.SimilarityBands.Length > 0).ToList();
        if (wanted.Count == 0)
        {
            return answer;
        }

        await using var connection = await ReviewTable.OpenAsync(store, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReviewTable.UseTheIndexesAsync(connection, transaction, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            select d.item_id, d.org_id, d.headline, d.body, d.status, d.series_id, d.dated_on, d.issue_number, similarity_bands
            from {ReviewTable.Name(store)}, {ReviewTable.Fields} as d
            where similarity_bands && @bands
              and d.dated_on >= @since
              and d.status <> {(int)ItemStatus.Withdrawn}
            """, connection, transaction);
        command.Parameters.AddWithValue("bands", wanted.SelectMany(item => item.SimilarityBands).Distinct(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue("since", today.AddDays(-WindowDays));
        var candidates = new List<(SimilarItem Item, HashSet<string> Bands, HashSet<string> Shingles)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (headline, body) = (reader.GetString(2), reader.GetString(3));
                candidates.Add((new SimilarItem(reader.GetGuid(0), reader.GetString(1), headline, (ItemStatus)reader.GetInt32(4), 0,
                        reader.GetString(5), DateOnly.FromDateTime(reader.GetDateTime(6)), reader.IsDBNull(7) ? null : reader.GetInt32(7)),
                    [.. reader.GetFieldValue<string[]>(8)], Shingles.Of(headline, body)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var item in wanted)
        {
            var (own, bands) = (Shingles.Of(item.Headline, item.Body), item.SimilarityBands);
            answer[item.ItemId] = candidates
                .Where(candidate => candidate.Item.ItemId != item.ItemId && candidate.Bands.Overlaps(bands))
                .Select(candidate => candidate.Item with { Similarity = Shingles.Jaccard(own, candidate.Shingles) })
                .Where(candidate => candidate.Similarity >= Shingles.Threshold)
                .Select(candidate => candidate with { Similarity = Math.Round(candidate.Similarity, 4) })
                .OrderByDescending(candidate => candidate.Similarity).ThenByDescending(candidate => candidate.DatedOn)
                .ToList();
        }

        return answer;
    }
}
