using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.EditorialReview.Commenting;

public sealed record CommentOnItem(string? Text, string? Quote);

public static class CommentOnItemEndpoint
{
    public const int MaxCommentLength = 5000;

    public static ProblemDetails Validate(CommentOnItem command) =>
        TextRules.Check("text", command.Text, MaxCommentLength, required: true)
        ?? TextRules.Check("quote", command.Quote, 20_000, required: false)
        ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/comments")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Comment on the item, optionally quoting a passage")]
    public static async Task<Results<Created<ReviewComment>, ProblemHttpResult>> Post(
        Guid id, CommentOnItem command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (stream, notFound) = await ReviewRules.FetchAsync(session, id, expectedVersion: null, "commented on", [], cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(notFound!);
        }

        var commented = new ReviewCommented(Guid.NewGuid(), Actor.From(user)!, command.Text!, command.Quote);
        stream.AppendOne(commented);
        return TypedResults.Created($"/api/review/items/{id}",
            new ReviewComment(commented.CommentId, commented.Author, commented.Text, commented.Quote, DateTimeOffset.UtcNow));
    }
}
