using Briefing.Publication.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Assembling;

public sealed record MoveItem(string? Section, int? Position, long ExpectedVersion);

public sealed class MoveItemEndpoint : IssueEndpoint
{
    public static Task<PublicationSeries?> LoadAsync(string seriesId, IQuerySession session, CancellationToken cancellationToken) =>
        PublicationSeries.OfAsync(session, seriesId, cancellationToken);

    public static ProblemDetails Validate(string seriesId, int number, Guid itemId, MoveItem command, Issue? issue, PublicationSeries? series) =>
        (command.Position is null ? Problems.Validation("position", "position (0-based, within the section) is required.") : null)
        ?? (command.Position is < 0 ? Problems.Validation("position", "position is 0-based and may not be negative.") : null)
        ?? Check(issue, seriesId, number, command.ExpectedVersion, "rearranged", IssueStatus.Draft)
        ?? (issue!.PlacementOf(itemId) is null ? NotInIssue(itemId, number) : null)
        ?? CheckSection(series!, SectionOf(command, issue, itemId))
        ?? CheckPosition(command.Position!.Value, issue.ItemsIn(SectionOf(command, issue, itemId)).Count(id => id != itemId))
        ?? WolverineContinue.NoProblems;

    /// <summary>Moves a placed item to a position within its section or another one (the section defaults to its own).</summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/items/{itemId}/move")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Move a placed item within the issue")]
    [EndpointDescription("Moves a placed item to a position within its section or into another section of the draft issue. 409 version-conflict: expectedVersion is not the issue's current version (the answer's currentVersion is); 409 invalid-state: the issue is not a draft.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, IssueState>, Events) Post(
        Guid itemId, MoveItem command, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue) =>
        (new(), [new IssueItemMoved(itemId, SectionOf(command, issue, itemId), command.Position!.Value)]);

    private static string SectionOf(MoveItem command, Issue issue, Guid itemId) => command.Section ?? issue.PlacementOf(itemId)!.Section;
}
