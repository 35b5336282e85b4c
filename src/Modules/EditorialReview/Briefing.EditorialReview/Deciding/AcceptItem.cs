using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.EditorialReview.Deciding;

public sealed record AcceptItem(string? Section, long ExpectedVersion);

public static class AcceptItemEndpoint
{
    [WolverinePost("/api/review/items/{id}/accept")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Accept the item: it joins its series' pool of ready items")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> Accept(
        Guid id, AcceptItem command, IDocumentSession session, CancellationToken cancellationToken)
    {
        return await Decisions.DecideAsync(session, id, command.ExpectedVersion, "accepted", ReviewStatus.Accepted,
            async item => (command.Section ?? item.Section) is null
                ? Problems.Validation("section", "Name the section the item goes in.")
                : await ReviewRules.CheckSectionAsync(session, item, command.Section, cancellationToken),
            item => new ReviewAccepted(command.Section ?? item.Section!),
            item => new ItemAccepted(id, item.SeriesId, command.Section ?? item.Section!, item.OrgId, item.Headline, item.Body), cancellationToken);
    }
}
