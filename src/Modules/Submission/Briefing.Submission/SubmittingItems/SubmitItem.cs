using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Submission.SubmittingItems;

public sealed record SubmitItem(string? SeriesId, string? OrgId, string? Section, string? Headline, string? Body, DateOnly? HappenedOn);

public static class SubmitItemEndpoint
{
    public static ProblemDetails Validate(SubmitItem command) =>
        ItemText.Check(command.Headline, command.Body) ?? WolverineContinue.NoProblems;

    /// <summary>
    /// A contributor submits for its own organisation (naming another is a 403); an editor names the
    /// organisation. The headline defaults to the organisation's name.
    /// </summary>
    [WolverinePost("/api/submissions")]
    [Authorize(Policy = Policies.Contributor)]
    [Idempotent]
    [Tags("Submission"), EndpointSummary("Submit an item")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public static async Task<(Results<Created<SubmissionState>, ProblemHttpResult>, OutgoingMessages)> Post(
        SubmitItem command, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        var orgId = command.OrgId;
        if (user.IsInRole(Roles.Contributor))
        {
            if (orgId is not null && !user.MayActFor(orgId))
            {
                return (TypedResults.Problem(Problems.Forbidden("A contributor submits for its own organisation only.")), messages);
            }

            orgId = user.OrgIdOf();
        }

        if (orgId is null)
        {
            return (TypedResults.Problem(Problems.Validation("orgId", "orgId is required: name the organisation the item is from.")), messages);
        }

        var series = command.SeriesId is null ? null : await session.LoadAsync<Series>(Series.StreamIdFor(command.SeriesId), cancellationToken);
        if (series is null)
        {
            return (TypedResults.Problem(Problems.Validation("seriesId", $"There is no series '{command.SeriesId}'.")), messages);
        }

        var organisation = await session.LoadAsync<Organisation>(Organisation.StreamIdFor(orgId), cancellationToken);
        if (organisation is null)
        {
            return (TypedResults.Problem(Problems.Validation("orgId", $"There is no organisation '{orgId}'.")), messages);
        }

        if (command.Section is not null && !series.HasSection(command.Section))
        {
            return (TypedResults.Problem(Problems.Validation("section", $"Series '{series.SeriesId}' has no section '{command.Section}'.")), messages);
        }

        var submitted = new ItemSubmitted(Guid.NewGuid(), series.SeriesId, orgId, command.Section,
            command.Headline ?? organisation.Name, command.Body!, command.HappenedOn, Actor.From(user)!);
        session.Events.StartStream<SubmissionItem>(submitted.ItemId, submitted);
        messages.Add(new SubmissionReceived(submitted.ItemId, submitted.SeriesId, submitted.OrgId, submitted.Section,
            submitted.Headline, submitted.Body, submitted.HappenedOn, DateTimeOffset.UtcNow));
        return (TypedResults.Created($"/api/submissions/{submitted.ItemId}", new SubmissionState(submitted.ItemId, 1, ItemStatus.Submitted)), messages);
    }
}
