using System.Security.Claims;
using Briefing.Identity.Contracts;
using Marten;

namespace Briefing.Submission.ReadingSubmissions;

public static class Visibility
{
    /// <summary>
    /// The item if the user may see it. A contributor asking for another organisation's item gets
    /// null, the same as for an item that does not exist, so existence is not leaked.
    /// </summary>
    public static async Task<SubmissionItem?> LoadVisibleAsync(this IQuerySession session, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await session.LoadAsync<SubmissionItem>(id, cancellationToken) is { } item && user.MayActFor(item.OrgId) ? item : null;
}
