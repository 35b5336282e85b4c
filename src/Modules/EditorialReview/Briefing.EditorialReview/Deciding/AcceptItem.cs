using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Deciding;

public sealed record AcceptItem(string? Section, long ExpectedVersion);

public sealed class AcceptItemEndpoint : ReviewItemEndpoint
{
    public static Task<ReviewSeries?> LoadAsync(ReviewItem? item, IQuerySession session, CancellationToken cancellationToken) =>
        ReviewSeries.OfAsync(session, item, cancellationToken);

    public static ProblemDetails Validate(Guid id, AcceptItem command, ReviewItem? item, ReviewSeries? series) =>
        Check(item, id, command.ExpectedVersion, "accepted", ItemStatus.InReview)
        ?? ((command.Section ?? item!.Section) is null ? Problems.Validation("section", "Name the section the item goes in.") : null)
        ?? CheckSection(series, item!, command.Section)
        ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/review/items/{id}/accept")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Accept the item: it joins its series' pool of ready items")]
    [EndpointDescription("Accepts the item in review, in the section given or its own; it joins the series' pool of ready items for assembly. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not in review.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<ReviewItem, ReviewState>, Events, OutgoingMessages) Post(
        Guid id, AcceptItem command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item)
    {
        var section = command.Section ?? item.Section!;
        return (new(), [new ReviewAccepted(section)], [new ItemAccepted(id, item.SeriesId, section, item.OrgId, item.Headline, item.Body)]);
    }
}
