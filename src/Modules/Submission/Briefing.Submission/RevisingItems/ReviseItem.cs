using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.RevisingItems;

public sealed record ReviseItem(string? Headline, string? Body, string? Section, long ExpectedVersion);

public sealed class ReviseItemEndpoint : SubmissionEndpoint
{
    public static async Task<Series?> LoadAsync(ReviseItem command, SubmissionItem? item, IQuerySession session, CancellationToken cancellationToken) =>
        item is null || command.Section is null ? null : await session.LoadAsync<Series>(Series.StreamIdFor(item.SeriesId), cancellationToken);

    public static ProblemDetails Validate(Guid id, ReviseItem command, SubmissionItem? item, Series? series, ClaimsPrincipal user) =>
        CheckText(command.Headline, command.Body)
        ?? Check(item, id, user, command.ExpectedVersion, "revised", ItemStatuses.Revisable)
        ?? CheckSection(series, item!.SeriesId, command.Section)
        ?? WolverineContinue.NoProblems;

    /// <summary>
    /// Allowed while submitted or changes-requested; a revision that answers a request for changes
    /// sends the item back to review. Omitted headline and section keep their current values.
    /// </summary>
    [WolverinePut("/api/submissions/{id}")]
    [Authorize(Policy = Policies.Contributor)]
    [Tags("Submission"), EndpointSummary("Revise a submission")]
    [EndpointDescription("Revises a submission's text while it is submitted or changes-requested; a revision answering a request for changes sends the item back to review. Omitted headline and section keep their values. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the submission is in review, accepted, rejected or withdrawn.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<SubmissionItem, SubmissionState>, Events, OutgoingMessages) Put(
        Guid id, ReviseItem command, [WriteAggregate("id", Required = false)] SubmissionItem item)
    {
        var revised = new ItemRevised(command.Headline ?? item.Headline, command.Body!, command.Section ?? item.Section);
        var resubmitted = item.Status == ItemStatus.ChangesRequested;
        return (new(), [revised], [new SubmissionRevised(id, revised.Section, revised.Headline, revised.Body, resubmitted)]);
    }
}
