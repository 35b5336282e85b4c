using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.CreatingIssues;

public sealed record CreateIssue(int? Number, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? EditorNote);

public sealed record IssueCreatedResponse(Guid Id, int Number, long Version);

public static class CreateIssueEndpoint
{
    public static ProblemDetails Validate(CreateIssue command) =>
        (command.Number is < 1 ? Problems.Validation("number", "number must be 1 or more.") : null)
        ?? (command.PeriodStart is null ? Problems.Validation("periodStart", "periodStart (yyyy-MM-dd) is required.") : null)
        ?? (command.PeriodEnd is null ? Problems.Validation("periodEnd", "periodEnd (yyyy-MM-dd) is required.") : null)
        ?? (command.PeriodEnd < command.PeriodStart ? Problems.Validation("periodEnd", "periodEnd may not be before periodStart.") : null)
        ?? TextRules.Check("editorNote", command.EditorNote, IssueRules.MaxNoteLength, required: false)
        ?? WolverineContinue.NoProblems;

    /// <summary>The number defaults to the one after the series' highest; a number already taken is a 409.</summary>
    [WolverinePost("/api/series/{seriesId}/issues")]
    [Authorize(Policy = Policies.Editor)]
    [Idempotent]
    [Tags("Publication"), EndpointSummary("Create an issue of the series")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<Created<IssueCreatedResponse>, ProblemHttpResult>> Post(
        string seriesId, CreateIssue command, IDocumentSession session, CancellationToken cancellationToken)
    {
        if (await IssueRules.CheckSeriesAsync(session, seriesId, cancellationToken) is { } noSeries)
        {
            return TypedResults.Problem(noSeries);
        }

        var number = command.Number ?? await session.Query<Issue>()
            .Where(issue => issue.SeriesId == seriesId)
            .OrderByDescending(issue => issue.Number)
            .Select(issue => issue.Number)
            .FirstOrDefaultAsync(cancellationToken) + 1;
        var issueId = Issue.StreamIdFor(seriesId, number);
        if (await session.Events.FetchStreamStateAsync(issueId, cancellationToken) is not null)
        {
            return TypedResults.Problem(Problems.Conflict($"Series '{seriesId}' has an issue {number} already."));
        }

        session.Events.StartStream<Issue>(issueId, new IssueCreated(issueId, seriesId, number, command.PeriodStart!.Value, command.PeriodEnd!.Value, command.EditorNote));
        return TypedResults.Created($"/api/series/{seriesId}/issues/{number}", new IssueCreatedResponse(issueId, number, 1));
    }
}
