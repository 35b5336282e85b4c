using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.CreatingIssues;

public sealed record CreateIssue(int? Number, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? EditorNote);

public sealed record IssueCreatedResponse(Guid Id, int Number, long Version);

/// <summary>What creating an issue decides from: whether publication knows the series, the number the issue gets, and whether it is taken.</summary>
public sealed record IssueNumbering(bool SeriesKnown, int Number, bool Taken);

public static class CreateIssueEndpoint
{
    /// <summary>The number named, or the one after the series' highest.</summary>
    public static async Task<IssueNumbering> LoadAsync(string seriesId, CreateIssue command, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await PublicationSeries.OfAsync(session, seriesId, cancellationToken) is null)
        {
            return new IssueNumbering(SeriesKnown: false, 0, Taken: false);
        }

        var number = command.Number ?? await session.Query<Issue>()
            .Where(issue => issue.SeriesId == seriesId)
            .OrderByDescending(issue => issue.Number)
            .Select(issue => issue.Number)
            .FirstOrDefaultAsync(cancellationToken) + 1;
        return new IssueNumbering(SeriesKnown: true, number, Taken: await session.Events.FetchStreamStateAsync(Issue.StreamIdFor(seriesId, number), cancellationToken) is not null);
    }

    public static ProblemDetails Validate(string seriesId, CreateIssue command, IssueNumbering numbering) =>
        (command.Number is < 1 ? Problems.Validation("number", "number must be 1 or more.") : null)
        ?? (command.PeriodStart is null ? Problems.Validation("periodStart", "periodStart (yyyy-MM-dd) is required.") : null)
        ?? (command.PeriodEnd is null ? Problems.Validation("periodEnd", "periodEnd (yyyy-MM-dd) is required.") : null)
        ?? (command.PeriodEnd < command.PeriodStart ? Problems.Validation("periodEnd", "periodEnd may not be before periodStart.") : null)
        ?? TextRules.Check("editorNote", command.EditorNote, TextLimits.Note, required: false)
        ?? (numbering.SeriesKnown ? null : IssueEndpoint.NoSuchSeries(seriesId))
        ?? (numbering.Taken ? Problems.Conflict($"Series '{seriesId}' has an issue {numbering.Number} already.") : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>The number defaults to the one after the series' highest; a number already taken is a 409.</summary>
    [WolverinePost("/api/series/{seriesId}/issues")]
    [Authorize(Policy = Policies.Editor)]
    [Idempotent]
    [Tags("Publication"), EndpointSummary("Create an issue of the series")]
    [EndpointDescription("Creates a draft issue of the series, numbered after the series' highest unless a number is given. 409 already-exists: the series has an issue of that number already.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<IssueCreatedResponse>, IStartStream) Post(string seriesId, CreateIssue command, IssueNumbering numbering)
    {
        var issueId = Issue.StreamIdFor(seriesId, numbering.Number);
        var created = new IssueCreated(issueId, seriesId, numbering.Number, command.PeriodStart!.Value, command.PeriodEnd!.Value, command.EditorNote);
        // A new stream's one event is its version 1.
        return (TypedResults.Created($"/api/series/{seriesId}/issues/{numbering.Number}", new IssueCreatedResponse(issueId, numbering.Number, 1)),
            MartenOps.StartStream<Issue>(issueId, created));
    }
}
