using Briefing.Submission.Contracts;
using System.Security.Claims;
using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission;

/// <summary>
/// An endpoint that writes a submission. One that changes an item has Wolverine load the item's
/// stream for writing (<c>[WriteAggregate("id", Required = false)]</c>: the route's id is the item's
/// stream id) and append the events the endpoint returns; <see cref="Check"/> is its first check
/// after the body's.
/// </summary>
public abstract class SubmissionEndpoint
{
    /// <summary>
    /// In this order: a 404 when there is no submission <paramref name="id"/> the user may see (a
    /// contributor asking for another organisation's item gets the same 404, so its existence is not
    /// leaked); the 409 version conflict when the change was made against another version than
    /// <paramref name="expectedVersion"/>; a 409 invalid-state when the item is not in one of the
    /// statuses <paramref name="action"/> needs.
    /// </summary>
    public static ProblemDetails? Check(SubmissionItem? item, Guid id, ClaimsPrincipal user, long expectedVersion, string action, IReadOnlyCollection<ItemStatus> allowed) =>
        item is null || !item.IsVisibleTo(user) ? Problems.NotFound($"There is no submission {id}.")
        : Versions.Check(item.Version, expectedVersion)
          ?? (allowed.Contains(item.Status) ? null : Problems.InvalidState($"A submission that is {item.Status.Name()} cannot be {action}."));

    /// <summary>The contract's limits on an item's text: the headline may be omitted, the body may not.</summary>
    public static ProblemDetails? CheckText(string? headline, string? body) =>
        TextRules.Check("headline", headline, TextLimits.Headline, required: false)
        ?? TextRules.Check("body", body, TextLimits.Body, required: true);

    /// <summary>A 400 when a section is named that the item's series does not have.</summary>
    public static ProblemDetails? CheckSection(Series? series, string seriesId, string? section) =>
        section is null || series?.HasSection(section) == true
            ? null
            : Problems.Validation("section", $"Series '{seriesId}' has no section '{section}'.");
}
