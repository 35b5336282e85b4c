using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Commenting;

public sealed record CommentOnItem(string? Text, string? Quote);

public sealed class CommentOnItemEndpoint : ReviewItemEndpoint
{
    public static ProblemDetails Validate(Guid id, CommentOnItem command, ReviewItem? item) =>
        TextRules.Check("text", command.Text, TextLimits.Comment, required: true)
        ?? TextRules.Check("quote", command.Quote, TextLimits.Quote, required: false)
        ?? Check(item, id, expectedVersion: null, "commented on")
        ?? WolverineContinue.NoProblems;

    /// <summary>A comment in any status; the answer is the comment as the item's page shows it.</summary>
    [WolverinePost("/api/review/items/{id}/comments")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Comment on the item, optionally quoting a passage")]
    [EndpointDescription("Adds a comment to the item, in any status, optionally quoting a passage of its text; answers the comment as the item's page shows it.")]
    public static (Created<ReviewComment>, Events) Post(
        Guid id, CommentOnItem command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item, ClaimsPrincipal user, TimeProvider clock)
    {
        var at = clock.GetUtcNow();
        var commented = new ReviewCommented(Guid.NewGuid(), Actor.From(user)!, command.Text!, command.Quote);
        return (TypedResults.Created($"/api/review/items/{id}", ReviewComment.Of(commented, at)), [Stamped.At(at, commented)]);
    }
}
