using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.Publishing;

public sealed record IssueErratum(Guid? ItemId, string? Text, long ExpectedVersion);

public sealed record ErratumResponse(Guid Id, long Version);

public static class IssueErratumEndpoint
{
    public const int MaxTextLength = 2000;

    public static ProblemDetails Validate(IssueErratum command) =>
        TextRules.Check("text", command.Text, MaxTextLength, required: true) ?? WolverineContinue.NoProblems;

    /// <summary>The published text never changes: a correction is an erratum, printed as a 更正 notice after it.</summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/errata")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Idempotent]
    [Tags("Publication"), EndpointSummary("Issue an erratum to the published issue (chief editor)")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<Created<ErratumResponse>, ProblemHttpResult>> Post(
        string seriesId, int number, IssueErratum command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion,
            "corrected by an erratum (only a published issue has errata)", [IssueStatus.Published], cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(notFound!);
        }

        var issue = stream.Aggregate!;
        if (command.ItemId is { } itemId && issue.PublishedDocument!.Item(itemId) is null)
        {
            return TypedResults.Problem(Problems.Validation("itemId", $"Item {itemId} was not published in issue {number}."));
        }

        var erratum = new ErratumIssued(Guid.NewGuid(), command.ItemId, command.Text!, DatabaseClock.Now, Actor.From(user)!);
        stream.AppendAt(erratum, erratum.IssuedAt);
        return TypedResults.Created($"/api/series/{seriesId}/issues/{number}", new ErratumResponse(erratum.ErratumId, issue.Version + 1));
    }
}
