using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Submission.SubmittingItems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Submission.RevisingItems;

public sealed record ReviseItem(string? Headline, string? Body, string? Section, long ExpectedVersion);

public static class ReviseItemEndpoint
{
    public static ProblemDetails Validate(ReviseItem command) =>
        ItemText.Check(command.Headline, command.Body) ?? WolverineContinue.NoProblems;

    /// <summary>
    /// Allowed while submitted or changes-requested; a revision that answers a request for changes
    /// sends the item back to review. Omitted headline and section keep their current values.
    /// </summary>
    [WolverinePut("/api/submissions/{id}")]
    [Authorize(Policy = Policies.Contributor)]
    [Tags("Submission"), EndpointSummary("Revise a submission")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Ok<SubmissionState>, ProblemHttpResult>, OutgoingMessages)> Put(
        Guid id, ReviseItem command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var (stream, notFound) = await session.FetchVisibleForWritingAsync(id, command.ExpectedVersion, user, cancellationToken);
        if (stream is null)
        {
            return (TypedResults.Problem(notFound!), messages);
        }

        var item = stream.Aggregate!;
        if (!item.MayBeRevised)
        {
            return (TypedResults.Problem(Problems.InvalidState($"A submission that is {item.Status} cannot be revised.")), messages);
        }

        var section = command.Section ?? item.Section;
        if (command.Section is not null && !(await session.LoadAsync<Series>(Series.StreamIdFor(item.SeriesId), cancellationToken))!.HasSection(command.Section))
        {
            return (TypedResults.Problem(Problems.Validation("section", $"Series '{item.SeriesId}' has no section '{command.Section}'.")), messages);
        }

        var resubmitted = item.Status == ItemStatus.ChangesRequested;
        var revised = new ItemRevised(command.Headline ?? item.Headline, command.Body!, section);
        stream.AppendOne(revised);
        messages.Add(new SubmissionRevised(id, revised.Section, revised.Headline, revised.Body, resubmitted));
        return (TypedResults.Ok(new SubmissionState(id, item.Version + 1, ItemStatus.Submitted)), messages);
    }
}
