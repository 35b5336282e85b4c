using System.Net.Mail;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.DefiningSeries;

public sealed record DefineSeries(
    string? Id,
    string? Title,
    string? IssuingUnit,
    IReadOnlyList<SeriesSection>? Sections,
    string? Distribution,
    string? SubmissionEmail);

public sealed record SeriesResponse(
    string Id,
    string Title,
    string IssuingUnit,
    IReadOnlyList<SeriesSection> Sections,
    string Distribution,
    string? SubmissionEmail)
{
    public static SeriesResponse Of(Series series) =>
        new(series.SeriesId, series.Title, series.IssuingUnit, series.Sections, series.Distribution, series.SubmissionEmail);
}

public static class DefineSeriesEndpoint
{
    public static async Task<Series?> LoadAsync(DefineSeries command, IQuerySession session, CancellationToken cancellationToken) =>
        command.Id is null ? null : await session.LoadAsync<Series>(Series.StreamIdFor(command.Id), cancellationToken);

    public static ProblemDetails Validate(DefineSeries command, Series? existing)
    {
        if (!Slugs.IsValid(command.Id))
        {
            return Problems.Validation("id", "id must match [a-z0-9][a-z0-9-]{1,63}.");
        }

        var textProblem = TextRules.Check("title", command.Title, TextLimits.Title, required: true)
            ?? TextRules.Check("issuingUnit", command.IssuingUnit, TextLimits.Title, required: true)
            ?? TextRules.Check("distribution", command.Distribution, TextLimits.Distribution, required: true);
        if (textProblem is not null)
        {
            return textProblem;
        }

        if (command.Sections is not { Count: > 0 } sections)
        {
            return Problems.Validation("sections", "a series needs at least one section.");
        }

        if (sections.Any(section => !Slugs.IsValid(section.Key) || TextRules.Check("sections", section.Title, TextLimits.Title, required: true) is not null))
        {
            return Problems.Validation("sections", "every section needs a key ([a-z0-9][a-z0-9-]{1,63}) and a title.");
        }

        if (sections.Select(section => section.Key).Distinct().Count() != sections.Count)
        {
            return Problems.Validation("sections", "section keys must be unique.");
        }

        if (command.SubmissionEmail is not null && !MailAddress.TryCreate(command.SubmissionEmail, out _))
        {
            return Problems.Validation("submissionEmail", "submissionEmail must be an e-mail address.");
        }

        return existing is null ? WolverineContinue.NoProblems : Problems.Conflict($"A series with id '{command.Id}' already exists.");
    }

    [WolverinePost("/api/series")]
    [Authorize(Policy = Policies.Admin)]
    [Idempotent]
    [Tags("Organisations and series"), EndpointSummary("Define a briefing series")]
    [EndpointDescription("Defines a briefing series: its title, issuing unit, sections in print order and distribution (分送) text. 409 already-exists: a series has that id already.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<SeriesResponse>, IStartStream, OutgoingMessages) Post(DefineSeries command)
    {
        var created = new SeriesCreated(command.Id!, command.Title!, command.IssuingUnit!, command.Sections!, command.Distribution!, command.SubmissionEmail);
        return (TypedResults.Created($"/api/series/{created.SeriesId}", SeriesResponse.Of(Series.Create(created))),
            MartenOps.StartStream<Series>(Series.StreamIdFor(created.SeriesId), created),
            [new SeriesDefined(created.SeriesId, created.Title, created.IssuingUnit, created.Sections, created.Distribution, created.SubmissionEmail)]);
    }
}
