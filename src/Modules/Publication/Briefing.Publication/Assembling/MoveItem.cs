using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.Assembling;

public sealed record MoveItem(string? Section, int? Position, long ExpectedVersion);

public static class MoveItemEndpoint
{
    public static ProblemDetails Validate(MoveItem command) =>
        (command.Position is null ? Problems.Validation("position", "position (0-based, within the section) is required.") : null)
        ?? (command.Position is < 0 ? Problems.Validation("position", "position is 0-based and may not be negative.") : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>Moves a placed item to a position within its section or another one (the section defaults to its own).</summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/items/{itemId}/move")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Move a placed item within the issue")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<Ok<IssueState>, ProblemHttpResult>> Post(
        string seriesId, int number, Guid itemId, MoveItem command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion, "rearranged", [IssueStatus.Draft], cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(notFound!);
        }

        var issue = stream.Aggregate!;
        if (issue.PlacementOf(itemId) is not { } placement)
        {
            return TypedResults.Problem(IssueRules.NotInIssue(itemId, number));
        }

        var series = await session.LoadAsync<PublicationSeries>(PublicationSeries.StreamIdFor(seriesId), cancellationToken);
        var section = command.Section ?? placement.Section;
        var others = issue.ItemsIn(section).Count(id => id != itemId);
        if ((IssueRules.CheckSection(series!, section) ?? IssueRules.CheckPosition(command.Position!.Value, others)) is { } problem)
        {
            return TypedResults.Problem(problem);
        }

        stream.AppendOne(new IssueItemMoved(itemId, section, command.Position!.Value));
        return TypedResults.Ok(IssueState.After(issue, 1));
    }
}
