using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.EditorialReview.LintingItems;

public static class LintItemEndpoint
{
    /// <summary>The linter's findings on the item's current body, with its series' rule settings.</summary>
    [WolverineGet("/api/review/items/{id}/lint")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Editorial review"), EndpointSummary("Lint the item's text")]
    [EndpointDescription("Lints the item's current text with its series' rule settings and answers the findings.")]
    public static async Task<Results<Ok<IReadOnlyList<LintFinding>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<ReviewItem>(ReviewItem.StreamIdFor(id), cancellationToken) is { } item
            ? TypedResults.Ok(ChineseTextLinter.Lint(item.Body, await ReviewSeries.LintSettingsAsync(session, item.SeriesId, cancellationToken)))
            : TypedResults.Problem(Problems.NotFound($"Item {id} is not in review."));
}
