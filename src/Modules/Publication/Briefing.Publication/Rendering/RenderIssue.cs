using System.Globalization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Publication.Rendering;

public static class RenderIssueEndpoint
{
    public const string Markdown = "md";
    public const string Html = "html";
    public const string Docx = "docx";

    /// <summary>A draft renders as a preview of its current text; a published issue from the text it was published with, then its errata.</summary>
    [WolverineGet("/api/series/{seriesId}/issues/{number}/render")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Publication"), EndpointSummary("The issue as a document: format=md (default), html or docx")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/markdown", "text/html", DocxRenderer.ContentType)]
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> Get(
        string seriesId, int number, string? format, IQuerySession session, CancellationToken cancellationToken)
    {
        format ??= Markdown;
        if (format is not (Markdown or Html or Docx))
        {
            return TypedResults.Problem(Problems.Validation("format", $"format must be {Markdown}, {Html} or {Docx}."));
        }

        if (await session.LoadAsync<Issue>(Issue.StreamIdFor(seriesId, number), cancellationToken) is not { } issue)
        {
            return TypedResults.Problem(IssueEndpoint.NoSuchIssue(seriesId, number));
        }

        var rendered = await IssueDocuments.RenderedAsync(session, issue, cancellationToken);
        return format switch
        {
            Markdown => TypedResults.Text(issue.PublishedMarkdown is { } published
                ? MarkdownErrata.Append(published, rendered.Document, issue.Errata)
                : MarkdownRenderer.Render(rendered.Document), "text/markdown; charset=utf-8"),
            Html => TypedResults.Text(HtmlRenderer.Render(rendered), "text/html; charset=utf-8"),
            _ => TypedResults.File(DocxRenderer.Render(rendered), DocxRenderer.ContentType,
                string.Create(CultureInfo.InvariantCulture, $"{seriesId}-{number:000}.docx")),
        };
    }
}
