using System.Security.Cryptography;
using System.Text;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Briefing.Publication.Importing;

public sealed record ImportedIssueResponse(int Number, IReadOnlyList<Guid> ItemIds);

public static class ImportIssueEndpoint
{
    /// <summary>
    /// Creates a published issue from an existing briefing (a <c>text/markdown</c> body laid out like
    /// the sample). Organisations are matched by name or alias and registered when unknown; items of
    /// a section of the office's own work belong to a department named after the issuing unit.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/import")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Import an existing briefing as a published issue")]
    [Consumes("text/markdown", "text/plain")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Created<ImportedIssueResponse>, ProblemHttpResult>, OutgoingMessages)> Post(
        string seriesId, int? year, HttpRequest request, IDocumentSession session, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var messages = new OutgoingMessages();
        var (problem, imported) = await ImportAsync(session, seriesId, body.ToArray(), year, null, messages, cancellationToken);
        return imported is null
            ? (TypedResults.Problem(problem!), messages)
            : (TypedResults.Created($"/api/series/{seriesId}/issues/{imported.Number}", imported), messages);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Appends the import's events to the session and its messages to <paramref name="messages"/>;
    /// nothing when it fails. The recorded SHA-256 is of the document's bytes, as a file checksum gives it.
    /// </summary>
    public static async Task<(ProblemDetails? Problem, ImportedIssueResponse? Imported)> ImportAsync(
        IDocumentSession session, string seriesId, byte[] document, int? year, string? documentName, ICollection<object> messages, CancellationToken cancellationToken)
    {
        string markdown;
        try
        {
            markdown = StrictUtf8.GetString(document).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (Problems.Validation("document", "The document is not UTF-8 text."), null);
        }

        if (year is < 2000 or > 2100)
        {
            return (Problems.Validation("year", "year must be between 2000 and 2100."), null);
        }

        var series = await session.LoadAsync<PublicationSeries>(PublicationSeries.StreamIdFor(seriesId), cancellationToken);
        if (series is null)
        {
            return (Problems.NotFound($"There is no series '{seriesId}'."), null);
        }

        var (briefing, error) = BriefingParser.Parse(markdown);
        if (error is not null)
        {
            return (Problems.Validation("document", $"Line {error.Line}: {error.Message}"), null);
        }

        if (ImportPlan.Period(briefing!, year ?? DateTime.UtcNow.Year) is not { } period)
        {
            return (Problems.Validation("document", $"Line {briefing!.Line}: the period is not a range of real dates in that year."), null);
        }

        if (briefing!.Sections.FirstOrDefault(section => ImportPlan.SectionKey(series, section.Title) is null) is { } unknown)
        {
            return (Problems.Validation("document", $"Line {unknown.Line}: series '{seriesId}' has no section 【{unknown.Title}】 (it has {string.Join("、", series.Sections.Select(s => s.Title))})."), null);
        }

        var issueId = Issue.StreamIdFor(seriesId, briefing.Number);
        if (await session.Events.FetchStreamStateAsync(issueId, cancellationToken) is not null)
        {
            return (Problems.Conflict($"Series '{seriesId}' has an issue {briefing.Number} already."), null);
        }

        var plan = new ImportPlan(series, briefing, period, await session.Query<KnownOrganisation>().ToListAsync(cancellationToken));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(document));
        var importedAt = DatabaseClock.Now;
        var markdownText = MarkdownRenderer.Render(plan.Document);
        var started = new List<JasperFx.Events.StreamAction>
        {
            session.Events.StartStream<Issue>(issueId, [
                new IssueCreated(issueId, seriesId, briefing.Number, period.Start, period.End, briefing.EditorNote),
                new IssueImported(sha256, documentName, plan.Items.Count),
                .. plan.Items.Select(item => new IssueItemPlaced(item.ItemId, item.Section, item.Position)),
                new IssuePublished(plan.Document, markdownText, CanonicalMarkdown.HashOf(markdownText), importedAt),
            ]),
        };
        foreach (var item in plan.Items)
        {
            started.Add(session.Events.StartStream<ReadyItem>(ReadyItem.StreamIdFor(item.ItemId),
                new ItemReadied(item.ItemId, seriesId, item.OrgId, item.Section, item.Headline, item.Body), new ReadyItemPlaced(briefing.Number), new ReadyItemPublished(briefing.Number)));
            messages.Add(new ItemImported(item.ItemId, seriesId, briefing.Number, item.OrgId, item.Section, item.Headline, item.Body, sha256));
        }

        // The import happened at one instant: every event it stores says so, so a replay as of then shows it whole.
        foreach (var @event in started.SelectMany(stream => stream.Events))
        {
            @event.Timestamp = importedAt;
        }

        foreach (var organisation in plan.Discovered)
        {
            messages.Add(organisation);
        }

        return (null, new ImportedIssueResponse(briefing.Number, [.. plan.Items.Select(item => item.ItemId)]));
    }
}
