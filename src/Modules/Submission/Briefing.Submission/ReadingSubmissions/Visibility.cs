using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.ReadingSubmissions;

public static class Visibility
{
    /// <summary>
    /// The item if the user may see it. A contributor asking for another organisation's item gets
    /// null, the same as for an item that does not exist, so existence is not leaked.
    /// </summary>
    public static async Task<SubmissionItem?> LoadVisibleAsync(this IQuerySession session, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await session.LoadAsync<SubmissionItem>(id, cancellationToken) is { } item && user.MayActFor(item.OrgId) ? item : null;

    /// <summary>
    /// The item's stream, to change it at <paramref name="expectedVersion"/>: a 404 problem when the
    /// user may not see it; a stale version raises Marten's concurrency error (the 409 version conflict).
    /// </summary>
    public static async Task<(IEventStream<SubmissionItem>? Stream, ProblemDetails? Problem)> FetchVisibleForWritingAsync(
        this IDocumentSession session, Guid id, long expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<SubmissionItem>(id, cancellationToken);
        return stream.Aggregate is { } item && user.MayActFor(item.OrgId)
            ? (stream.AtVersion(expectedVersion), null)
            : (null, Problems.NotFound($"There is no submission {id}."));
    }
}
