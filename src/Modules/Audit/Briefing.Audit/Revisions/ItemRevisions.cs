using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.Revisions;

/// <summary>One version of an item's text: the contributor's (submission) or an editor's (editorial review, with the editor's note if given).</summary>
public sealed record Revision(int Number, long Version, Actor Actor, DateTimeOffset At, string Module, string Headline, string Body, string? Note = null)
{
    /// <summary>The text a diff compares: headline, a line break, then the body.</summary>
    public string Text => $"{Headline}\n{Body}";
}

public static class ItemRevisionsEndpoint
{
    private static readonly Dictionary<string, string> TextEvents = new()
    {
        ["item_submitted"] = "submission",
        ["submission_imported"] = "submission",
        ["item_revised"] = "submission",
        ["review_edited"] = "editorial-review",
    };

    [WolverineGet("/api/audit/items/{id}/revisions")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Audit"), EndpointSummary("Every version of an item's text, the contributor's and the editors', in order")]
    [EndpointDescription("Every version of an item's text in order, numbered from 1: as submitted, each contributor revision and each editor edit, with actor, time and module.")]
    public static async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> Get(Guid id, EventRecord events, CancellationToken cancellationToken) =>
        await RevisionsAsync(events, id, cancellationToken) is { Count: > 0 } revisions
            ? TypedResults.Ok<IReadOnlyList<RevisionResponse>>(revisions.Select(RevisionResponse.Of).ToList())
            : TypedResults.Problem(Problems.NotFound($"There is no item {id}."));

    /// <summary>The item's text as submitted, as each contributor revision and each editor edit left it, numbered from 1.</summary>
    public static async Task<IReadOnlyList<Revision>> RevisionsAsync(EventRecord events, Guid itemId, CancellationToken cancellationToken)
    {
        var streams = new ItemStreams(itemId);
        var stored = await events.EventsOfAsync([streams.Submission, streams.Review], cancellationToken);
        return stored
            .Where(e => TextEvents.ContainsKey(e.Type))
            .Select((e, index) => new Revision(index + 1, e.Version, e.Actor, e.Timestamp, TextEvents[e.Type], e.Data.Text("headline") ?? "", e.Data.Text("body") ?? "", e.Data.Text("note")))
            .ToList();
    }
}

public sealed record RevisionResponse(int Revision, long Version, Actor Actor, DateTimeOffset At, string Module, string Headline, string Body, string? Note)
{
    public static RevisionResponse Of(Revision revision) =>
        new(revision.Number, revision.Version, revision.Actor, revision.At, revision.Module, revision.Headline, revision.Body, revision.Note);
}
