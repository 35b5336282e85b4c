using Briefing.Kernel.Printing;
using Briefing.Kernel;
using System.Text;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>
/// The issue as a printable A4 page after GB/T 9704-2012, as the Word file: the 版头 (red title,
/// issue number, issuing unit and date over a red rule), the sections, then the 版记 (分送,
/// 投稿邮箱) between rules; printed, pages are numbered — N — on the outer edge. Every piece of text
/// is HTML-escaped; the page needs no script, font or image from anywhere (<see cref="ContentSecurityPolicy"/>).
/// </summary>
public static class HtmlRenderer
{
    /// <summary>
    /// What the page may load: its own inline styles and nothing else. The console shows it in an
    /// iframe of its own origin, so it may be framed by that origin only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static string Render(RenderedIssue issue)
    {
        var document = issue.Document;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Escape($"{document.Title} {document.IssueLine}")).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");
        if (!issue.IsPublished)
        {
            html.Append("<p class=\"draft\">预览稿（未发布）</p>\n");
        }

        html.Append("<header class=\"masthead\">\n")
            .Append("<h1>").AppendJoin("<br>", OfficialDocument.TitleLines(document.Title).Select(Escape)).Append("</h1>\n")
            .Append("<p class=\"issue-line\">").Append(Escape(document.IssueLine)).Append("</p>\n")
            .Append("<div class=\"issuer\"><span>").Append(Escape(document.IssuingUnit)).Append("</span><span>")
            .Append(issue.Date is { } date ? ChinaTime.ChineseDate(date) : "").Append("</span></div>\n")
            .Append("<hr class=\"red-rule\">\n</header>\n<main>\n");
        foreach (var paragraph in IssueText.Paragraphs(document.EditorNote ?? ""))
        {
            html.Append("<p class=\"editor-note\">").Append(Escape(paragraph)).Append("</p>\n");
        }

        foreach (var section in document.PrintedSections)
        {
            html.Append("<section>\n<h2>【").Append(Escape(section.Title)).Append("】</h2>\n");
            foreach (var item in section.Items)
            {
                var paragraphs = item.Paragraphs;
                html.Append("<p class=\"item\">◆<strong>").Append(Escape(item.Headline)).Append("</strong>")
                    .Append(paragraphs.Count > 0 ? Escape(paragraphs[0]) : "").Append("</p>\n");
                foreach (var paragraph in paragraphs.Skip(1))
                {
                    html.Append("<p class=\"item continued\">").Append(Escape(paragraph)).Append("</p>\n");
                }
            }

            html.Append("</section>\n");
        }

        if (issue.Errata.Count > 0)
        {
            html.Append("<section class=\"errata\">\n<h2>【更正】</h2>\n");
            foreach (var erratum in issue.Errata)
            {
                html.Append("<p class=\"item\">◆<strong>").Append(ChinaTime.ChineseDate(erratum.IssuedAt)).Append("</strong>")
                    .Append(Escape(Printing.ErratumLine(document, erratum))).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer class=\"record\">\n<p class=\"distribution\">分送：").Append(Escape(document.Distribution)).Append("</p>\n");
        if (document.SubmissionEmail is { } email)
        {
            html.Append("<p class=\"mailbox\">投稿邮箱：<a href=\"mailto:").Append(Escape(email)).Append("\">").Append(Escape(email)).Append("</a>（")
                .Append(Escape(document.IssuingUnit)).Append("）</p>\n");
        }

        return html.Append("</footer>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Escapes the five characters HTML gives meaning to, in text and in attribute values.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // GB/T 9704 page: A4, margins top 37 mm, bottom 35 mm, binding (left) 28 mm, right 26 mm;
    // title in a 小标宋 face, body 仿宋 at 16 pt (三号) on 28 pt lines, headings 黑体; the 版记 in 4号
    // between a thick rule (0.35 mm) above and below and thin ones (0.25 mm) between its lines;
    // printed, — N — in 4号 宋体 7 mm under the text block, one character in from the outer edge.
    private const string Stylesheet = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @page :right { @bottom-right { content: "— " counter(page) " —"; text-align: right; vertical-align: top; padding: 7mm 14pt 0 0;
          font-family: "SimSun", "宋体", "STSong", "华文宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 14pt; } }
        @page :left { @bottom-left { content: "— " counter(page) " —"; text-align: left; vertical-align: top; padding: 7mm 0 0 14pt;
          font-family: "SimSun", "宋体", "STSong", "华文宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 14pt; } }
        html { background: #f3f3f3; }
        body { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; color: #000;
          font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif;
          font-size: 16pt; line-height: 28pt; }
        .masthead h1 { margin: 0; color: #d00000; text-align: center; font-size: 26pt; line-height: 36pt; letter-spacing: 0.05em; font-weight: normal;
          font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "华文中宋", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
        .masthead .issue-line { margin: 6pt 0 0; text-align: center; }
        .masthead .issuer { display: flex; justify-content: space-between; }
        .red-rule { border: 0; border-top: 2pt solid #d00000; margin: 4pt 0 10pt; }
        h2 { margin: 10pt 0 0; font-size: 16pt; font-weight: normal; font-family: "SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        p { margin: 0; text-align: justify; }
        p.item, p.editor-note { text-indent: 2em; }
        p.item strong { font-weight: bold; }
        .errata h2 { color: #d00000; }
        .record { margin-top: 28pt; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; font-size: 14pt; line-height: 22pt; }
        .record p { padding: 2pt 14pt 2pt 56pt; text-indent: -42pt; text-align: left; }
        .record p + p { border-top: 0.25mm solid #000; }
        .record a { color: inherit; text-decoration: none; }
        .draft { margin: 0 0 8pt; color: #d00000; text-align: right; font-size: 12pt; }
        @media print {
          html { background: none; }
          body { width: auto; min-height: 0; margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; }
          p { orphans: 2; widows: 2; }
          .masthead, .record { break-inside: avoid; }
        }

        """;
}
