using Briefing.Kernel.Printing;
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

    /// <summary>
    /// A draft renders as a preview of its current text; a published issue from the text it was published
    /// with, then its errata. The Word file is always an attachment; <paramref name="download"/> makes the
    /// others one too, under the same name (<c>&lt;series title&gt;第N期.md|html</c>).
    /// </summary>
    [WolverineGet("/api/series/{seriesId}/issues/{number}/render")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Publication"), EndpointSummary("The issue as a document: format=md (default), html or docx")]
    [EndpointDescription("Renders the issue as format=md (default), html or docx; the Word file is always an attachment, download=true makes the others one too. A draft renders as a preview of its current text, a published issue from the text it was published with, then its errata.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/markdown", "text/html", DocxRenderer.ContentType)]
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> Get(
        string seriesId, int number, string? format, bool? download, IQuerySession session, HttpResponse response, CancellationToken cancellationToken)
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
        if (download == true || format == Docx)
        {
            response.Headers.ContentDisposition = FileDisposition(issue.SeriesId, number, rendered.Document.Title, format);
        }

        switch (format)
        {
            case Markdown:
                return TypedResults.Text(issue.PublishedMarkdown is { } published
                    ? MarkdownErrata.Append(published, rendered.Document, issue.Errata)
                    : MarkdownRenderer.Render(rendered.Document), "text/markdown; charset=utf-8");
            case Html:
                response.Headers.ContentSecurityPolicy = HtmlRenderer.ContentSecurityPolicy;
                return TypedResults.Text(HtmlRenderer.Render(rendered), "text/html; charset=utf-8");
            default:
                return TypedResults.File(DocxRenderer.Render(rendered), DocxRenderer.ContentType);
        }
    }

    /// <summary>
    /// The file's name <c>&lt;series title&gt;第N期.&lt;extension&gt;</c>, and <c>&lt;series id&gt;-0NN.&lt;extension&gt;</c>
    /// for clients that read only ASCII (<see cref="Downloads.Attachment"/>).
    /// </summary>
    public static string FileDisposition(string seriesId, int number, string seriesTitle, string extension) =>
        Downloads.Attachment(string.Create(CultureInfo.InvariantCulture, $"{seriesId}-{number:000}.{extension}"),
            string.Create(CultureInfo.InvariantCulture, $"{Downloads.FileNameSafe(OfficialDocument.TitleOnOneLine(seriesTitle))}第{number}期.{extension}"));

}
