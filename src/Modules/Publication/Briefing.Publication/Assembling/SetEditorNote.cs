using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.Assembling;

public sealed record SetEditorNote(string? Text, long ExpectedVersion);

public static class SetEditorNoteEndpoint
{
    public static ProblemDetails Validate(SetEditorNote command) =>
        TextRules.Check("text", command.Text, IssueRules.MaxNoteLength, required: false) ?? WolverineContinue.NoProblems;

    /// <summary>The note printed before the first section; empty or null removes it. Changing it voids a sign-off.</summary>
    [WolverinePut("/api/series/{seriesId}/issues/{number}/editor-note")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Set the editor's note of the issue")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<Results<Ok<IssueState>, ProblemHttpResult>> Put(
        string seriesId, int number, SetEditorNote command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (stream, notFound) = await IssueRules.FetchAsync(session, seriesId, number, command.ExpectedVersion,
            "changed (the published text changes only through errata)", [IssueStatus.Draft, IssueStatus.SignedOff], cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(notFound!);
        }

        var issue = stream.Aggregate!;
        var text = string.IsNullOrEmpty(command.Text) ? null : command.Text;
        if (text == issue.EditorNote)
        {
            return TypedResults.Ok(IssueState.After(issue, 0));
        }

        stream.AppendOne(new EditorNoteChanged(text));
        if (issue.Status == IssueStatus.SignedOff)
        {
            stream.AppendOne(new IssueSignOffVoided("The editor's note changed.", null));
            return TypedResults.Ok(IssueState.After(issue, 2, IssueStatus.Draft));
        }

        return TypedResults.Ok(IssueState.After(issue, 1));
    }
}
