using System.Security.Cryptography;
using System.Text;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Publication.Importing;

public sealed record ImportedIssueResponse(int Number, IReadOnlyList<Guid> ItemIds);

/// <summary>
/// What an import decides from: the document's bytes, the year the request names, what publication
/// knows of the series, and the import's instant.
/// </summary>
public sealed record ImportSource(
    string SeriesId, byte[] Document, int? Year, string? DocumentName, PublicationSeries? Series,
    IReadOnlyList<KnownOrganisation> Organisations, IReadOnlySet<int> TakenNumbers, DateTimeOffset At)
{
    public static async Task<ImportSource> LoadAsync(
        IQuerySession session, string seriesId, byte[] document, int? year, string? documentName, TimeProvider clock, CancellationToken cancellationToken)
    {
        var series = await PublicationSeries.OfAsync(session, seriesId, cancellationToken);
        var organisations = series is null ? [] : await session.Query<KnownOrganisation>().ToListAsync(cancellationToken);
        var taken = series is null ? [] : await session.Query<Issue>().Where(issue => issue.SeriesId == seriesId).Select(issue => issue.Number).ToListAsync(cancellationToken);
        return new ImportSource(seriesId, document, year, documentName, series, [.. organisations], taken.ToHashSet(), clock.GetUtcNow());
    }
}

/// <summary>An import decided: what it answers, the streams it starts (every event stamped with the import's instant), and what it tells the other modules.</summary>
public sealed record ImportedIssue(ImportedIssueResponse Response, IReadOnlyList<IStartStream> Streams, IReadOnlyList<object> Messages);

public static class ImportIssueEndpoint
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ImportSource> LoadAsync(string seriesId, int? year, HttpRequest request, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return await ImportSource.LoadAsync(session, seriesId, body.ToArray(), year, documentName: null, clock, cancellationToken);
    }

    public static ProblemDetails Validate(ImportSource source) => Decide(source).Problem ?? WolverineContinue.NoProblems;

    /// <summary>
    /// Creates a published issue from an existing briefing (a <c>text/markdown</c> body laid out like
    /// the sample). Organisations are matched by name or alias and registered when unknown; items of
    /// a section of the office's own work belong to a department named after the issuing unit.
    /// </summary>
    [WolverinePost("/api/series/{seriesId}/import")]
    [Authorize(Policy = Policies.Editor)]
    [Tags("Publication"), EndpointSummary("Import an existing briefing as a published issue")]
    [EndpointDescription("Imports an existing briefing (a text/markdown body laid out like the sample) as a published issue of the series; organisations are matched by name or alias and registered when unknown. 409 already-exists: the series has an issue of that number already.")]
    [Consumes("text/markdown", "text/plain")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<ImportedIssueResponse>, IEnumerable<IMartenOp>, OutgoingMessages) Post(string seriesId, [NotBody] ImportSource source)
    {
        var imported = Decide(source).Imported!;
        return (TypedResults.Created($"/api/series/{seriesId}/issues/{imported.Response.Number}", imported.Response), imported.Streams, [.. imported.Messages]);
    }

    /// <summary>
    /// The import from the command line: the same decision, its streams started in
    /// <paramref name="session"/> and its messages added to <paramref name="messages"/>; nothing when it is refused.
    /// </summary>
    public static async Task<(ProblemDetails? Problem, ImportedIssueResponse? Imported)> ImportAsync(
        IDocumentSession session, string seriesId, byte[] document, int? year, string? documentName, ICollection<object> messages, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (problem, imported) = Decide(await ImportSource.LoadAsync(session, seriesId, document, year, documentName, clock, cancellationToken));
        if (imported is null)
        {
            return (problem, null);
        }

        foreach (var stream in imported.Streams)
        {
            stream.Execute(session);
        }

        foreach (var message in imported.Messages)
        {
            messages.Add(message);
        }

        return (null, imported.Response);
    }

    /// <summary>
    /// The import of <paramref name="source"/>, or why it cannot be: the document is UTF-8 text, the
    /// year between 2000 and 2100 (the import's own year when none is named), the series known, the
    /// briefing parses with a period of real dates and only sections the series has, and its number
    /// is free. The recorded SHA-256 is of the document's bytes, as a file checksum gives it.
    /// </summary>
    public static (ProblemDetails? Problem, ImportedIssue? Imported) Decide(ImportSource source)
    {
        string markdown;
        try
        {
            markdown = StrictUtf8.GetString(source.Document).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (Problems.Validation("document", "The document is not UTF-8 text."), null);
        }

        if (source.Year is < 2000 or > 2100)
        {
            return (Problems.Validation("year", "year must be between 2000 and 2100."), null);
        }

        if (source.Series is not { } series)
        {
            return (IssueEndpoint.NoSuchSeries(source.SeriesId), null);
        }

        var (briefing, error) = BriefingParser.Parse(markdown);
        if (error is not null)
        {
            return (Problems.Validation("document", $"Line {error.Line}: {error.Message}"), null);
        }

        if (ImportPlan.Period(briefing!, source.Year ?? source.At.Year) is not { } period)
        {
            return (Problems.Validation("document", $"Line {briefing!.Line}: the period is not a range of real dates in that year."), null);
        }

        if (briefing!.Sections.FirstOrDefault(section => ImportPlan.SectionKey(series, section.Title) is null) is { } unknown)
        {
            return (Problems.Validation("document", $"Line {unknown.Line}: series '{series.SeriesId}' has no section 【{unknown.Title}】 (it has {string.Join("、", series.Sections.Select(s => s.Title))})."), null);
        }

        if (source.TakenNumbers.Contains(briefing.Number))
        {
            return (Problems.Conflict($"Series '{series.SeriesId}' has an issue {briefing.Number} already."), null);
        }

        return (null, Import(source, series, briefing, period));
    }

    private static ImportedIssue Import(ImportSource source, PublicationSeries series, ParsedBriefing briefing, (DateOnly Start, DateOnly End) period)
    {
        var plan = new ImportPlan(series, briefing, period, source.Organisations);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(source.Document));
        var markdown = MarkdownRenderer.Render(plan.Document);
        var issueId = Issue.StreamIdFor(series.SeriesId, briefing.Number);
        // The import happened at one instant: every event it stores says so, so a replay as of then shows it whole.
        IEvent At<T>(T data) where T : notnull => Stamped.At(source.At, data);
        IStartStream[] streams =
        [
            MartenOps.StartStream<Issue>(issueId, [
                At(new IssueCreated(issueId, series.SeriesId, briefing.Number, period.Start, period.End, briefing.EditorNote)),
                At(new IssueImported(sha256, source.DocumentName, plan.Items.Count)),
                .. plan.Items.Select(item => At(new IssueItemPlaced(item.ItemId, item.Section, item.Position))),
                At(new IssuePublished(plan.Document, markdown, CanonicalMarkdown.HashOf(markdown), source.At)),
            ]),
            .. plan.Items.Select(item => MartenOps.StartStream<ReadyItem>(ReadyItem.StreamIdFor(item.ItemId),
                At(new ItemReadied(item.ItemId, series.SeriesId, item.OrgId, item.Section, item.Headline, item.Body)),
                At(new ReadyItemPlaced(briefing.Number)), At(new ReadyItemPublished(briefing.Number)))),
        ];
        object[] messages =
        [
            .. plan.Items.Select(item => new ItemImported(item.ItemId, series.SeriesId, briefing.Number, item.OrgId, item.Section, item.Headline, item.Body, sha256, period.End)),
            .. plan.Discovered,
        ];
        return new ImportedIssue(new ImportedIssueResponse(briefing.Number, [.. plan.Items.Select(item => item.ItemId)]), streams, messages);
    }
}
