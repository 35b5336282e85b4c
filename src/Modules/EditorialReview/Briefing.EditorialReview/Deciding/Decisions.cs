using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.EditorialReview.Deciding;

/// <summary>An editor's decisions on an item in review share one shape: check, record, tell the other modules.</summary>
public static class Decisions
{
    /// <summary>Nothing more to check than the item being in review.</summary>
    public static Task<ProblemDetails?> NothingElse(ReviewItem item) => Task.FromResult<ProblemDetails?>(null);

    public static async Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> DecideAsync(
        IDocumentSession session, Guid id, long expectedVersion, string action, string outcome,
        Func<ReviewItem, Task<ProblemDetails?>> check, Func<ReviewItem, object> decision, Func<ReviewItem, object> message, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await ReviewRules.FetchAsync(session, id, expectedVersion, action, [ReviewStatus.InReview], cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        if (await check(item) is { } problem)
        {
            return (TypedResults.Problem(problem), messages);
        }

        stream.AppendOne(decision(item));
        messages.Add(message(item));
        return (TypedResults.Ok(ReviewState.After(item, 1) with { Status = outcome }), messages);
    }
}
