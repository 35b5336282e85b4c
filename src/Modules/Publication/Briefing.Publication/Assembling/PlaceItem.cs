using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Assembling;

public sealed record PlaceItem(Guid? ItemId, string? Section, int? Position, long ExpectedVersion);

public sealed class PlaceItemEndpoint : IssueEndpoint
{
    /// <summary>
    /// The series, and the item the body names fetched for writing: of two issues placing it at once,
    /// one gets a version conflict when the events placing it are appended to its stream.
    /// </summary>
    public static async Task<(PublicationSeries?, ReadyItem?)> LoadAsync(string seriesId, PlaceItem command, IDocumentSession session, CancellationToken cancellationToken) =>
        (await PublicationSeries.OfAsync(session, seriesId, cancellationToken),
         command.ItemId is { } itemId ? (await session.Events.FetchForWriting<ReadyItem>(ReadyItem.StreamIdFor(itemId), cancellationToken)).Aggregate : null);

    public static ProblemDetails Validate(string seriesId, int number, PlaceItem command, Issue? issue, ReadyItem? item, PublicationSeries? series) =>
        (command.ItemId is null ? Problems.Validation("itemId", "itemId is required.") : null)
        ?? (command.Position is < 0 ? Problems.Validation("position", "position is 0-based and may not be negative.") : null)
        ?? Check(issue, seriesId, number, command.ExpectedVersion, "assembled", IssueStatus.Draft)
        ?? Unplaceable(item, command.ItemId!.Value, seriesId)
        ?? CheckSection(series!, SectionOf(command, item!))
        ?? CheckPosition(PositionOf(command, issue!, item!), issue!.ItemsIn(SectionOf(command, item!)).Count)
        ?? WolverineContinue.NoProblems;

    /// <summary>Only an accepted item in the pool may be placed; its section defaults to the one it was accepted for, its position to last.</summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/items")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Place a ready item in the issue")]
    [EndpointDescription("Places an accepted item from the pool in the draft issue; its section defaults to the one it was accepted for, its position to last. 409 version-conflict: expectedVersion is not the issue's current version, or another issue placed the item at the same moment; 409 invalid-state: the issue is not a draft, or the item is not accepted, belongs to another series, is placed in an issue already or was published.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, IssueState>, Events, OutgoingMessages, OtherStreams) Post(
        string seriesId, int number, PlaceItem command,
        [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue, ReadyItem item) =>
        (new(), [new IssueItemPlaced(item.ItemId, SectionOf(command, item), PositionOf(command, issue, item))],
            [new ItemPlaced(item.ItemId, seriesId, number)],
            new((item.Id, new ReadyItemPlaced(number))));

    private static string SectionOf(PlaceItem command, ReadyItem item) => command.Section ?? item.Section;

    private static int PositionOf(PlaceItem command, Issue issue, ReadyItem item) => command.Position ?? issue.ItemsIn(SectionOf(command, item)).Count;

    private static ProblemDetails? Unplaceable(ReadyItem? item, Guid itemId, string seriesId) => item switch
    {
        null => Problems.InvalidState($"Item {itemId} is not an accepted item (only accepted items can be placed)."),
        { SeriesId: var other } when other != seriesId => Problems.InvalidState($"Item {itemId} was accepted for series '{other}', not '{seriesId}'."),
        { Published: true } => Problems.InvalidState($"Item {itemId} was published in issue {item.IssueNumber}."),
        { IssueNumber: { } placedIn } => Problems.InvalidState($"Item {itemId} is placed in issue {placedIn} already; remove it there first."),
        _ => null,
    };
}
