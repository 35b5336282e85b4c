using Briefing.EditorialReview.Editing;
using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.EditorialReview.LintingItems;

public sealed record ApplyLintFixes(IReadOnlyList<string>? Rules, long ExpectedVersion);

public sealed record LintFixesApplied(long Version, int Revision, IReadOnlyList<LintFinding> Applied);

public static class ApplyLintFixesEndpoint
{
    /// <summary>Applies the safe fixes (of the rules named, or all) as one new revision whose note lists them.</summary>
    [WolverinePost("/api/review/items/{id}/lint/apply")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Apply the linter's safe fixes as one revision")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<LintFixesApplied>, ProblemHttpResult>, OutgoingMessages)> Post(
        Guid id, ApplyLintFixes command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await ReviewRules.FetchAsync(session, id, command.ExpectedVersion, "edited", ReviewStatus.Editable, cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        var findings = ChineseTextLinter.Lint(item.Body, await ReviewSeries.LintSettingsAsync(session, item.SeriesId, cancellationToken));
        var (text, applied) = ChineseTextLinter.ApplyFixes(item.Body, findings, command.Rules?.ToHashSet());
        if (applied.Count == 0)
        {
            return (TypedResults.Ok(new LintFixesApplied(item.Version, item.Revision, applied)), messages);
        }

        var note = "lint fixes: " + string.Join(", ", applied.GroupBy(f => f.Rule).Select(g => $"{g.Key} ×{g.Count()}"));
        var state = EditItemEndpoint.Revise(stream, item, new ReviewEdited(item.Headline, text, item.Section, note), messages);
        return (TypedResults.Ok(new LintFixesApplied(state.Version, state.Revision, applied)), messages);
    }
}
