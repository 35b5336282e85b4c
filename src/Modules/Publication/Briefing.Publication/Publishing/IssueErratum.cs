using Briefing.Publication.Contracts;
using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Publishing;

public sealed record IssueErratum(Guid? ItemId, string? Text, long ExpectedVersion);

public sealed record ErratumResponse(Guid Id, long Version);

public sealed class IssueErratumEndpoint : IssueEndpoint
{
    public static ProblemDetails Validate(string seriesId, int number, IssueErratum command, Issue? issue) =>
        TextRules.Check("text", command.Text, TextLimits.Note, required: true)
        ?? Check(issue, seriesId, number, command.ExpectedVersion, "corrected by an erratum (only a published issue has errata)", IssueStatus.Published)
        ?? (command.ItemId is { } itemId && issue!.PublishedDocument!.Item(itemId) is null
            ? Problems.Validation("itemId", $"Item {itemId} was not published in issue {number}.")
            : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>
    /// The published text never changes: a correction is an erratum, printed as a 更正 notice after it.
    /// The answer names the erratum and the version it makes: one event past the issue's.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/errata")]
    [Authorize(Policy = Policies.ChiefEditor)]
    [Idempotent]
    [Tags("Publication"), EndpointSummary("Issue an erratum to the published issue (chief editor)")]
    [EndpointDescription("The chief editor adds an erratum to a published issue; the published text stays as it was and the erratum follows it. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the issue is not published (only a published issue has errata).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<ErratumResponse>, Events) Post(
        string seriesId, int number, IssueErratum command, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue,
        ClaimsPrincipal user, TimeProvider clock)
    {
        var erratum = new ErratumIssued(Guid.NewGuid(), command.ItemId, command.Text!, clock.GetUtcNow(), Actor.From(user)!);
        return (TypedResults.Created($"/api/series/{seriesId}/issues/{number}", new ErratumResponse(erratum.ErratumId, issue.Version + 1)),
            [Stamped.At(erratum.IssuedAt, erratum)]);
    }
}
