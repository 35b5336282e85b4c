using Briefing.Publication.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Assembling;

public sealed record SetEditorNote(string? Text, long ExpectedVersion);

public sealed class SetEditorNoteEndpoint : IssueEndpoint
{
    public static ProblemDetails Validate(string seriesId, int number, SetEditorNote command, Issue? issue) =>
        TextRules.Check("text", command.Text, TextLimits.Note, required: false)
        ?? Check(issue, seriesId, number, command.ExpectedVersion, "changed (the published text changes only through errata)", IssueStatus.Draft, IssueStatus.SignedOff)
        ?? WolverineContinue.NoProblems;

    /// <summary>The note printed before the first section; empty or null removes it. Changing it voids a sign-off; setting the note it has changes nothing.</summary>
    [WolverinePut("/api/series/{seriesId}/issues/{number}/editor-note")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Set the editor's note of the issue")]
    [EndpointDescription("Sets the editor's note printed before the first section; empty or null removes it, and changing it on a signed-off issue voids the sign-off. 409 version-conflict: expectedVersion is not the issue's current version (the answer's currentVersion is); 409 invalid-state: the issue is published (its text changes only through errata).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Issue, IssueState>, Events) Put(
        SetEditorNote command, [WriteAggregate(FromMethod = nameof(IssueStream), Required = false)] Issue issue)
    {
        var text = string.IsNullOrEmpty(command.Text) ? null : command.Text;
        return text == issue.EditorNote ? (new(), [])
            : issue.Status == IssueStatus.SignedOff ? (new(), [new EditorNoteChanged(text), new IssueSignOffVoided("签发后修改了编者按。", null)])
            : (new(), [new EditorNoteChanged(text)]);
    }
}
