using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Publication.Assembling;

public sealed record PlaceItem(Guid? ItemId, string? Section, int? Position, long ExpectedVersion);

public static class PlaceItemEndpoint
{
    public static ProblemDetails Validate(PlaceItem command) =>
        (command.ItemId is null ? Problems.Validation("itemId", "itemId is required.") : null)
        ?? (command.Position is < 0 ? Problems.Validation("position", "position is 0-based and may not be negative.") : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>Only an accepted item in the pool may be placed; its section defaults to the one it was accepted for, its position to last.</summary>
    [WolverinePost("/api/series/{seriesId}/issues/{number}/items")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Place a ready item in the issue")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<IssueState>, ProblemHttpResult>, OutgoingMessages)> Post(
        string seriesId, int number, PlaceItem command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion, "assembled", [IssueStatus.Draft], cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var itemId = command.ItemId!.Value;
        var itemStream = await session.Events.FetchForWriting<ReadyItem>(ReadyItem.StreamIdFor(itemId), cancellationToken);
        var series = await session.LoadAsync<PublicationSeries>(PublicationSeries.StreamIdFor(seriesId), cancellationToken);
        var issue = stream.Aggregate!;
        var section = command.Section ?? itemStream.Aggregate?.Section ?? "";
        var count = issue.ItemsIn(section).Count;
        var position = command.Position ?? count;
        var problem = Unplaceable(itemStream.Aggregate, itemId, seriesId)
            ?? IssueRules.CheckSection(series!, section)
            ?? IssueRules.CheckPosition(position, count);
        if (problem is not null)
        {
            return (TypedResults.Problem(problem), messages);
        }

        stream.AppendOne(new IssueItemPlaced(itemId, section, position));
        itemStream.AppendOne(new ReadyItemPlaced(number));
        messages.Add(new ItemPlaced(itemId, seriesId, number));
        return (TypedResults.Ok(IssueState.After(issue, 1)), messages);
    }

    private static ProblemDetails? Unplaceable(ReadyItem? item, Guid itemId, string seriesId) => item switch
    {
        null => Problems.InvalidState($"Item {itemId} is not an accepted item (only accepted items can be placed)."),
        { SeriesId: var other } when other != seriesId => Problems.InvalidState($"Item {itemId} was accepted for series '{other}', not '{seriesId}'."),
        { Published: true } => Problems.InvalidState($"Item {itemId} was published in issue {item.IssueNumber}."),
        { IssueNumber: { } placedIn } => Problems.InvalidState($"Item {itemId} is placed in issue {placedIn} already; remove it there first."),
        _ => null,
    };
}
