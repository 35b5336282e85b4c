using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.EditorialReview.Editing;

public sealed record EditItem(string? Headline, string? Body, string? Section, string? Note, long ExpectedVersion);

public static class EditItemEndpoint
{
    public static ProblemDetails Validate(EditItem command) =>
        TextRules.Check("headline", command.Headline, 200, required: false)
        ?? (command.Body is null ? null : TextRules.Check("body", command.Body, 20_000, required: true))
        ?? TextRules.Check("note", command.Note, ReviewRules.MaxNoteLength, required: false)
        ?? WolverineContinue.NoProblems;

    /// <summary>Every edit is a new revision of the text; omitted fields keep their value. Allowed in review and once accepted.</summary>
    [WolverinePost("/api/review/items/{id}/edits")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Editorial review"), EndpointSummary("Edit the item's text: a new revision")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<ReviewState>, ProblemHttpResult>, OutgoingMessages)> Post(
        Guid id, EditItem command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await ReviewRules.FetchAsync(session, id, command.ExpectedVersion, "edited (published text changes only through errata)", ReviewStatus.Editable, cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        if (await ReviewRules.CheckSectionAsync(session, item, command.Section, cancellationToken) is { } problem)
        {
            return (TypedResults.Problem(problem), messages);
        }

        if (item.Status == ReviewStatus.Placed && command.Section is { } section && section != item.Section)
        {
            return (TypedResults.Problem(Problems.InvalidState("The item is placed in an issue: move it within the issue to change its section.")), messages);
        }

        var edited = new ReviewEdited(command.Headline ?? item.Headline, command.Body ?? item.Body, command.Section ?? item.Section, command.Note);
        return (TypedResults.Ok(Revise(stream, item, edited, messages)), messages);
    }

    /// <summary>Appends a new revision; an accepted item tells publication, which keeps its text (and voids a sign-off).</summary>
    public static ReviewState Revise(IEventStream<ReviewItem> stream, ReviewItem item, ReviewEdited edited, OutgoingMessages messages)
    {
        stream.AppendOne(edited);
        if (item.Status is ReviewStatus.Accepted or ReviewStatus.Placed)
        {
            messages.Add(new AcceptedItemEdited(item.ItemId, edited.Headline, edited.Body, edited.Section!));
        }

        return ReviewState.After(item, 1) with { Revision = item.Revision + 1 };
    }
}
