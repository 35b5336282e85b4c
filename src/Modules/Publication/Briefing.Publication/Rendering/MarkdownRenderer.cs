using System.Text;

namespace Briefing.Publication.Rendering;

/// <summary>
/// The issue as Markdown in the layout of the real briefing (docs/samples/briefing-041.md): title,
/// 第 N 期（M.D—M.D）, the editor's note, 【section】 headings, ◆**headline**body items, then the
/// 分送 and 投稿邮箱 footer. The result is canonical (<see cref="CanonicalMarkdown"/>).
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(IssueDocument document)
    {
        var markdown = new StringBuilder();
        Block(markdown, $"# {Escape(document.Title)}");
        Block(markdown, document.IssueLine);
        foreach (var paragraph in Printing.Paragraphs(document.EditorNote ?? ""))
        {
            Block(markdown, Escape(paragraph));
        }

        foreach (var section in document.PrintedSections)
        {
            Block(markdown, $"## 【{Escape(section.Title)}】");
            foreach (var item in section.Items)
            {
                var paragraphs = item.Paragraphs;
                Block(markdown, $"◆**{Escape(item.Headline)}**{(paragraphs.Count > 0 ? Escape(paragraphs[0]) : "")}");
                foreach (var paragraph in paragraphs.Skip(1))
                {
                    Block(markdown, Escape(paragraph));
                }
            }
        }

        Block(markdown, "---");
        Block(markdown, $"分送：{Escape(document.Distribution)}");
        if (document.SubmissionEmail is { } email)
        {
            Block(markdown, "---");
            Block(markdown, $"投稿邮箱：[{Escape(email)}](mailto:{email})（{Escape(document.IssuingUnit)}）");
        }

        return CanonicalMarkdown.Of(markdown.ToString());
    }

    /// <summary>A published issue's frozen Markdown, followed by a 更正 notice when it has errata.</summary>
    public static string WithErrata(string publishedMarkdown, IssueDocument document, IReadOnlyList<Erratum> errata)
    {
        if (errata.Count == 0)
        {
            return publishedMarkdown;
        }

        var markdown = new StringBuilder(publishedMarkdown);
        Block(markdown, "---");
        Block(markdown, "## 【更正】");
        foreach (var erratum in errata)
        {
            Block(markdown, $"◆**{Printing.ChineseDate(erratum.IssuedAt)}**{Escape(Printing.ErratumLine(document, erratum))}");
        }

        return CanonicalMarkdown.Of(markdown.ToString());
    }

    private static void Block(StringBuilder markdown, string block) => markdown.Append(block).Append("\n\n");

    /// <summary>
    /// Backslash-escapes what Markdown would read as markup (emphasis, links, code, HTML, and a
    /// heading, quote, list or rule at the start of a line), so submitted text prints as written.
    /// CJK punctuation is never touched.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' || (lineStart && c is '#' or '-' or '+' or '=' or '|'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return escaped.ToString();
    }
}
