using Briefing.Publication.Contracts;
using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.SigningOff;

public sealed record SignOffIssue(long ExpectedVersion);

public sealed class SignOffIssueEndpoint : IssueEndpoint
{
    public static async Task<DraftText?> LoadAsync(Issue? issue, IQuerySession session, CancellationToken cancellationToken) =>
        issue is null ? null : await IssueDocuments.DraftAsync(session, issue, cancellationToken);

    /// <summary>
    /// A draft with items can be signed off. So can a signed-off issue whose text is no longer the
    /// text signed off (changed where nothing voided the sign-off): signing it off again is how it
    /// gets published, so no issue is ever stuck.
    /// </summary>
    public static ProblemDetails Validate(string seriesId, int number, SignOffIssue command, Issue? issue, DraftText? draft) =>
        Check(issue, seriesId, number, command.ExpectedVersion, "signed off", IssueStatus.Draft, IssueStatus.SignedOff)
        ?? (issue!.Status == IssueStatus.SignedOff && issue.SignedOffHash == draft!.ContentHash
            ? Problems.InvalidState($"Issue {number} is {issue.Status.Name()}; it cannot be signed off.")
            : null)
        ?? (issue.Placements.Count == 0 ? Problems.InvalidState($"Issue {number} has no items to sign off.") : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>
    /// The chief editor signs off the issue as it renders now (the sign-off records the hash of that
    /// text). The composition is frozen until publication; an edit of a placed item, or of the
    /// editor's note, voids the sign-off.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/sign-off")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Tags("Publication"), EndpointSummary("Sign off the issue (chief editor)")]
    [EndpointDescription("The chief editor signs off the draft issue as it renders now (the sign-off records that text's hash); an edit of a placed item or of the editor's note voids the sign-off. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the issue is published, has no items, or is signed off already with this very text.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, IssueState>, Events) Post(
        SignOffIssue command, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue, DraftText draft, ClaimsPrincipal user) =>
        (new(), [new IssueSignedOff(draft.ContentHash, Actor.From(user)!)]);
}
