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
using Wolverine.Marten;

namespace Briefing.Submission.SubmittingItems;

public sealed record SubmitItem(string? SeriesId, string? OrgId, string? Section, string? Headline, string? Body, DateOnly? HappenedOn);

public sealed class SubmitItemEndpoint : SubmissionEndpoint
{
    /// <summary>The organisation the item is from: a contributor's own, the one an editor names.</summary>
    public static string? OrgIdFor(SubmitItem command, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Contributor) ? user.OrgIdOf() : command.OrgId;

    public static async Task<(Series?, Organisation?)> LoadAsync(SubmitItem command, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
        (command.SeriesId is { } seriesId ? await session.LoadAsync<Series>(Series.StreamIdFor(seriesId), cancellationToken) : null,
         OrgIdFor(command, user) is { } orgId ? await session.LoadAsync<Organisation>(Organisation.StreamIdFor(orgId), cancellationToken) : null);

    public static ProblemDetails Validate(SubmitItem command, ClaimsPrincipal user, Series? series, Organisation? organisation)
    {
        var orgId = OrgIdFor(command, user);
        return CheckText(command.Headline, command.Body)
            ?? (user.IsInRole(Roles.Contributor) && command.OrgId is { } named && !user.MayActFor(named)
                ? Problems.Forbidden("A contributor submits for its own organisation only.")
                : null)
            ?? (orgId is null ? Problems.Validation("orgId", "orgId is required: name the organisation the item is from.") : null)
            ?? (series is null ? Problems.Validation("seriesId", $"There is no series '{command.SeriesId}'.") : null)
            ?? (organisation is null ? Problems.Validation("orgId", $"There is no organisation '{orgId}'.") : null)
            ?? CheckSection(series, series!.SeriesId, command.Section)
            ?? WolverineContinue.NoProblems;
    }

    /// <summary>
    /// A contributor submits for its own organisation (naming another is a 403); an editor names the
    /// organisation. The headline defaults to the organisation's name. The item and the message to
    /// review carry the one instant it was submitted at.
    /// </summary>
    [WolverinePost("/api/submissions")]
    [Authorize(Policy = Policies.Contributor)]
    [Idempotent]
    [Tags("Submission"), EndpointSummary("Submit an item")]
    [EndpointDescription("Submits an item to a series: a contributor for its own organisation (naming another is a 403), an editor naming the organisation. The headline defaults to the organisation's name; the item joins the review queue. Honours Idempotency-Key (the same key with another body is a 422).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public static (Created<SubmissionState>, IStartStream, OutgoingMessages) Post(
        SubmitItem command, ClaimsPrincipal user, Series series, Organisation organisation, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var submitted = new ItemSubmitted(Guid.NewGuid(), series.SeriesId, organisation.OrgId, command.Section,
            command.Headline ?? organisation.Name, command.Body!, command.HappenedOn, Actor.From(user)!);
        var received = new SubmissionReceived(submitted.ItemId, submitted.SeriesId, submitted.OrgId, submitted.Section,
            submitted.Headline, submitted.Body, submitted.HappenedOn, now);
        // A new stream: its first event is its version 1.
        var state = new SubmissionState(submitted.ItemId, 1, ItemStatus.Submitted);
        return (TypedResults.Created($"/api/submissions/{submitted.ItemId}", state), MartenOps.StartStream<SubmissionItem>(submitted.ItemId, Stamped.At(now, submitted)), [received]);
    }
}
