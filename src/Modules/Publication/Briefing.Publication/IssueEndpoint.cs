using Briefing.Publication.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Publication;

/// <summary>
/// An endpoint that changes one issue. Wolverine loads the issue's stream for writing
/// (<c>[WriteAggregate(FromMethod = nameof(IssueStream))]</c>: the stream id derives from the series
/// and number the route names) and appends the events the endpoint returns; <see cref="Check"/> is
/// the endpoint's first check after those of the request's body.
/// </summary>
public abstract class IssueEndpoint
{
    public static Guid IssueStream(string seriesId, int number) => Issue.StreamIdFor(seriesId, number);

    /// <summary>
    /// In this order: a 404 when the series has no issue <paramref name="number"/>; the 409 version
    /// conflict when the change was made against another version than <paramref name="expectedVersion"/>
    /// (if named); a 409 invalid-state when the issue is not in one of the statuses <paramref name="action"/> needs.
    /// </summary>
    public static ProblemDetails? Check(Issue? issue, string seriesId, int number, long? expectedVersion, string action, params IReadOnlyCollection<IssueStatus> allowed) =>
        issue is null ? NoSuchIssue(seriesId, number)
        : Versions.Check(issue.Version, expectedVersion)
          ?? (allowed.Contains(issue.Status) ? null : Problems.InvalidState($"Issue {number} is {issue.Status.Name()}; it cannot be {action}."));

    public static ProblemDetails NoSuchIssue(string seriesId, int number) => Problems.NotFound($"Series '{seriesId}' has no issue {number}.");

    public static ProblemDetails NoSuchSeries(string seriesId) => Problems.NotFound($"There is no series '{seriesId}'.");

    public static ProblemDetails NotInIssue(Guid itemId, int number) => Problems.NotFound($"Item {itemId} is not placed in issue {number}.");

    /// <summary>A 0-based position within a section of <paramref name="count"/> items, where <paramref name="count"/> itself means last.</summary>
    public static ProblemDetails? CheckPosition(int position, int count) =>
        position <= count ? null : Problems.Validation("position", $"The section holds {count} item(s) here; position must be between 0 and {count}.");

    public static ProblemDetails? CheckSection(PublicationSeries series, string section) =>
        series.HasSection(section) ? null : Problems.Validation("section", $"Series '{series.SeriesId}' has no section '{section}'.");
}
