using Briefing.Kernel;
using System.Text;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

public static class MarkdownErrata
{
    /// <summary>A published issue's frozen Markdown, followed by a 更正 notice when it has errata.</summary>
    public static string Append(string publishedMarkdown, IssueDocument document, IReadOnlyList<Erratum> errata)
    {
        if (errata.Count == 0)
        {
            return publishedMarkdown;
        }

        var markdown = new StringBuilder(publishedMarkdown).Append('\n'); // a rule right under a line would make it a heading
        MarkdownRenderer.Block(markdown, "---");
        MarkdownRenderer.Block(markdown, "## 【更正】");
        foreach (var erratum in errata)
        {
            MarkdownRenderer.Block(markdown, $"◆**{ChinaTime.ChineseDate(erratum.IssuedAt)}**{MarkdownRenderer.Escape(Printing.ErratumLine(document, erratum))}");
        }

        return CanonicalMarkdown.Of(markdown.ToString());
    }
}
