using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.LintingItems;

public sealed record ApplyLintFixes(IReadOnlyList<string>? Rules, long ExpectedVersion);

public sealed record LintFixesApplied(long Version, int Revision, IReadOnlyList<LintFinding> Applied);

public sealed class ApplyLintFixesEndpoint : ReviewItemEndpoint
{
    public static Task<ReviewSeries?> LoadAsync(ReviewItem? item, IQuerySession session, CancellationToken cancellationToken) =>
        ReviewSeries.OfAsync(session, item, cancellationToken);

    public static ProblemDetails Validate(Guid id, ApplyLintFixes command, ReviewItem? item) =>
        Check(item, id, command.ExpectedVersion, "edited", ReviewStatuses.Editable) ?? WolverineContinue.NoProblems;

    /// <summary>
    /// Applies the safe fixes (of the rules named, or all) as one new revision whose note lists them.
    /// The answer names the version and revision that revision makes: one event past the item's.
    /// </summary>
    [WolverinePost("/api/review/items/{id}/lint/apply")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Apply the linter's safe fixes as one revision")]
    [EndpointDescription("Applies the linter's safe fixes to the item's text as one new revision and answers what it fixed. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not in review, accepted or placed (a published item changes only through errata).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (LintFixesApplied, Events, OutgoingMessages) Post(
        Guid id, ApplyLintFixes command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item, ReviewSeries? series)
    {
        var findings = ChineseTextLinter.Lint(item.Body, series?.LintRules);
        var (text, applied) = ChineseTextLinter.ApplyFixes(item.Body, findings, command.Rules?.ToHashSet());
        if (applied.Count == 0)
        {
            return (new LintFixesApplied(item.Version, item.Revision, applied), [], []);
        }

        var note = "lint fixes: " + string.Join(", ", applied.GroupBy(f => f.Rule).Select(g => $"{g.Key} ×{g.Count()}"));
        var edited = new ReviewEdited(item.Headline, text, item.Section, note);
        return (new LintFixesApplied(item.Version + 1, item.Revision + 1, applied), [edited], [.. item.Announce(edited)]);
    }
}
