using Briefing.Submission.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.EditorialReview.ReadingTheQueue;

public sealed record ReviewItemResponse(
    Guid Id,
    string SeriesId,
    string OrgId,
    string? Section,
    string Headline,
    string Body,
    ItemStatus Status,
    Actor? Assignee,
    long Version,
    int Revision,
    IReadOnlyList<ReviewComment> Comments)
{
    public static ReviewItemResponse Of(ReviewItem item) => new(item.ItemId, item.SeriesId, item.OrgId, item.Section,
        item.Headline, item.Body, item.Status, item.Assignee, item.Version, item.Revision, item.Comments);
}

public static class GetReviewItemEndpoint
{
    [WolverineGet("/api/review/items/{id}")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Editorial review"), EndpointSummary("An item under review, with its comments")]
    [EndpointDescription("Answers an item as the review desk sees it: its text, status, assignee, version, revision and comments.")]
    public static async Task<Results<Ok<ReviewItemResponse>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<ReviewItem>(ReviewItem.StreamIdFor(id), cancellationToken) is { } item
            ? TypedResults.Ok(ReviewItemResponse.Of(item))
            : TypedResults.Problem(Problems.NotFound($"Item {id} is not in review."));
}
