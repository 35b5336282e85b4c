using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Instructions;

public sealed record GiveInstruction(string? Leader, string? Level, string? Text, DateOnly? GivenOn);

public sealed record InstructionCreated(Guid Id);

public static class GiveInstructionEndpoint
{
    /// <summary>
    /// A 404 unless the item is in issue <paramref name="number"/> of the series; a 409 invalid-state
    /// while that issue is not published yet.
    /// </summary>
    public static ProblemDetails? CheckPublished(SubmissionItem? item, string seriesId, int number, Guid itemId) =>
        item is null || item.SeriesId != seriesId || item.IssueNumber != number
            ? Problems.NotFound($"Issue {number} of series '{seriesId}' has no item {itemId}.")
            : item.Status != ItemStatus.Published
                ? Problems.InvalidState($"Issue {number} is not published yet; instructions are recorded on published items only.")
                : null;

    public static ProblemDetails Validate(string seriesId, int number, Guid itemId, GiveInstruction command, SubmissionItem? item, TimeProvider clock) =>
        TextRules.Check("leader", command.Leader, TextLimits.Name, required: true)
        ?? TextRules.Check("level", command.Level, SetScoringRulesEndpoint.MaxLevelLength, required: true)
        ?? TextRules.Check("text", command.Text, TextLimits.Note, required: true)
        ?? (command.GivenOn is null ? Problems.Validation("givenOn", "givenOn is required: the date (yyyy-MM-dd) the leader gave the instruction.") : null)
        ?? CheckPublished(item, seriesId, number, itemId)
        ?? CheckDate(command.GivenOn!.Value, item!.PublishedOn, ChinaTime.Today(clock))
        ?? WolverineContinue.NoProblems;

    /// <summary>An instruction is given on the published item: not before the day it was published (an imported one: its issue's last day), nor after today.</summary>
    public static ProblemDetails? CheckDate(DateOnly givenOn, DateOnly? publishedOn, DateOnly today) =>
        givenOn > today ? Problems.Validation("givenOn", $"givenOn {givenOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, Beijing time).")
        : publishedOn is { } published && givenOn < published ? Problems.Validation("givenOn", $"givenOn {givenOn:yyyy-MM-dd} is before the item was published ({published:yyyy-MM-dd}).")
        : null;

    [WolverinePost("/api/series/{seriesId}/issues/{number}/items/{itemId}/instructions")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Adoption statistics"), EndpointSummary("Record a leader's instruction (批示) on a published item")]
    [EndpointDescription("Records a leader's instruction on an item of a published issue: the leader, the level (free text, scored by the series' rules, e.g. 省部级), what the instruction says and the date it was given (not after today, not before the item was published). It counts in the item's organisation's statistics on that date and appears in the item's history. 404: the issue has no such item; 409 invalid-state: the issue is not published yet.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<InstructionCreated>, Events) Post(
        string seriesId, int number, Guid itemId, GiveInstruction command, [WriteAggregate(nameof(itemId), Required = false)] SubmissionItem item, ClaimsPrincipal user)
    {
        var given = new InstructionGiven(Guid.NewGuid(), command.Leader!, command.Level!, command.Text!, command.GivenOn!.Value, Actor.From(user)!);
        return (TypedResults.Created($"/api/series/{seriesId}/issues/{number}/items/{itemId}/instructions/{given.InstructionId}", new InstructionCreated(given.InstructionId)), [given]);
    }
}
