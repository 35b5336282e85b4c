using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Publication;

/// <summary>Loading an issue to change it, and the checks every change of an issue shares.</summary>
public static class IssueRules
{
    public const int MaxNoteLength = 2000;

    /// <summary>
    /// The issue's stream at <paramref name="expectedVersion"/> (a stale version is the 409 version
    /// conflict), if the issue is in one of the <paramref name="allowed"/> statuses (else a 409
    /// invalid-state saying it cannot be <paramref name="action"/>); a 404 problem when there is no such issue.
    /// </summary>
    public static async Task<(IEventStream<Issue>? Stream, ProblemDetails? Problem)> FetchAsync(
        IDocumentSession session, string seriesId, int number, long? expectedVersion, string action, IReadOnlyCollection<string> allowed, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Issue>(Issue.StreamIdFor(seriesId, number), cancellationToken);
        if (stream.Aggregate is not { } issue)
        {
            return (null, NoSuchIssue(seriesId, number));
        }

        stream.AtVersion(expectedVersion);
        return allowed.Contains(issue.Status)
            ? (stream, null)
            : (null, Problems.InvalidState($"Issue {number} is {issue.Status}; it cannot be {action}."));
    }

    /// <summary>A 404 problem when publication knows no series <paramref name="seriesId"/>.</summary>
    public static async Task<ProblemDetails?> CheckSeriesAsync(IQuerySession session, string seriesId, CancellationToken cancellationToken) =>
        await session.LoadAsync<PublicationSeries>(PublicationSeries.StreamIdFor(seriesId), cancellationToken) is null
            ? Problems.NotFound($"There is no series '{seriesId}'.")
            : null;

    public static ProblemDetails NoSuchIssue(string seriesId, int number) => Problems.NotFound($"Series '{seriesId}' has no issue {number}.");

    public static ProblemDetails NotInIssue(Guid itemId, int number) => Problems.NotFound($"Item {itemId} is not placed in issue {number}.");

    /// <summary>A 0-based position within a section of <paramref name="count"/> items, where <paramref name="count"/> itself means last.</summary>
    public static ProblemDetails? CheckPosition(int position, int count) =>
        position <= count ? null : Problems.Validation("position", $"The section holds {count} item(s) here; position must be between 0 and {count}.");

    public static ProblemDetails? CheckSection(PublicationSeries series, string section) =>
        series.HasSection(section) ? null : Problems.Validation("section", $"Series '{series.SeriesId}' has no section '{section}'.");
}
