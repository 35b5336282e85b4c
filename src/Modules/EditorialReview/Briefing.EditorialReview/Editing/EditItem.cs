using Briefing.Submission.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Editing;

public sealed record EditItem(string? Headline, string? Body, string? Section, string? Note, long ExpectedVersion);

public sealed class EditItemEndpoint : ReviewItemEndpoint
{
    public static Task<ReviewSeries?> LoadAsync(ReviewItem? item, IQuerySession session, CancellationToken cancellationToken) =>
        ReviewSeries.OfAsync(session, item, cancellationToken);

    public static ProblemDetails Validate(Guid id, EditItem command, ReviewItem? item, ReviewSeries? series) =>
        TextRules.Check("headline", command.Headline, TextLimits.Headline, required: false)
        ?? (command.Body is null ? null : TextRules.Check("body", command.Body, TextLimits.Body, required: true))
        ?? TextRules.Check("note", command.Note, TextLimits.Note, required: false)
        ?? Check(item, id, command.ExpectedVersion, "edited (published text changes only through errata)", ReviewStatuses.Editable)
        ?? CheckSection(series, item!, command.Section)
        ?? (item!.Status == ItemStatus.Placed && command.Section is { } section && section != item.Section
            ? Problems.InvalidState("The item is placed in an issue: move it within the issue to change its section.")
            : null)
        ?? WolverineContinue.NoProblems;

    /// <summary>Every edit is a new revision of the text; omitted fields keep their value. Allowed in review and once accepted.</summary>
    [WolverinePost("/api/review/items/{id}/edits")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Edit the item's text: a new revision")]
    [EndpointDescription("Edits the item's headline, body or section as a new revision, with an optional note; omitted fields keep their value. Allowed in review, accepted or placed; editing a placed item of a signed-off issue voids the sign-off. 409 version-conflict: expectedVersion is not the current version (the answer's currentVersion is); 409 invalid-state: the item is not editable in its status (a published item changes only through errata), or it is placed and the edit would change its section (move it within the issue instead).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<ReviewItem, ReviewState>, Events, OutgoingMessages) Post(
        Guid id, EditItem command, [WriteAggregate(FromMethod = nameof(ReviewStream), Required = false)] ReviewItem item)
    {
        var edited = new ReviewEdited(command.Headline ?? item.Headline, command.Body ?? item.Body, command.Section ?? item.Section, command.Note);
        return (new(), [edited], [.. item.Announce(edited)]);
    }
}
