using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.SigningOff;

public sealed record SignOffIssue(long ExpectedVersion);

public static class SignOffIssueEndpoint
{
    /// <summary>
    /// The chief editor signs off the issue as it renders now (the sign-off records the hash of that
    /// text). The composition is frozen until publication; an edit of a placed item voids the sign-off.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/sign-off")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Tags("Publication"), EndpointSummary("Sign off the issue (chief editor)")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<Ok<IssueState>, ProblemHttpResult>> Post(
        string seriesId, int number, SignOffIssue command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion, "signed off", [IssueStatus.Draft], cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(notFound!);
        }

        var issue = stream.Aggregate!;
        if (issue.Placements.Count == 0)
        {
            return TypedResults.Problem(Problems.InvalidState($"Issue {number} has no items to sign off."));
        }

        var markdown = MarkdownRenderer.Render(await IssueDocuments.DraftAsync(session, issue, cancellationToken));
        stream.AppendOne(new IssueSignedOff(CanonicalMarkdown.HashOf(markdown), Actor.From(user)!));
        return TypedResults.Ok(IssueState.After(issue, 1, IssueStatus.SignedOff));
    }
}
