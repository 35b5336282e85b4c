using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Publication.Contracts;

/// <summary>
/// The issue as canonical Markdown, the text that is hashed at publication, in the layout of the real briefing (docs/samples/briefing-041.md): title,
/// 第 N 期（M.D—M.D）, the editor's note, 【section】 headings, ◆**headline**body items, then the
/// 分送 and 投稿邮箱 footer. The result is canonical (<see cref="CanonicalMarkdown"/>); the audit
/// re-renders published issues with it to check their hash.
/// </summary>
public static partial class MarkdownRenderer
{
    public static string Render(IssueDocument document)
    {
        var markdown = new StringBuilder();
        Block(markdown, $"# {Escape(document.Title)}");
        Block(markdown, document.IssueLine);
        foreach (var paragraph in IssueText.Paragraphs(document.EditorNote ?? ""))
        {
            Block(markdown, Escape(paragraph));
        }

        foreach (var section in document.PrintedSections)
        {
            Block(markdown, $"## 【{Escape(section.Title)}】");
            foreach (var item in section.Items)
            {
                var paragraphs = item.Paragraphs;
                Block(markdown, $"◆**{Headline(item.Headline)}**{(paragraphs.Count > 0 ? Escape(paragraphs[0]) : "")}");
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

    /// <summary>Appends a block and the blank line that ends it.</summary>
    public static void Block(StringBuilder markdown, string block) => markdown.Append(block).Append("\n\n");

    /// <summary>
    /// Backslash-escapes what Markdown would read as markup (emphasis, strike-through, links, code,
    /// HTML and entities, and a heading, quote, list or rule at the start of a line) and drops the
    /// indentation of lines (which would make a code block), so submitted text prints as written.
    /// CJK punctuation is never touched.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var (line, index) in text.Split('\n').Select((line, index) => (line.TrimStart(' ', '\t'), index)))
        {
            if (index > 0)
            {
                escaped.Append('\n');
            }

            var orderedListNumber = OrderedListNumber().Match(line).Length;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '~'
                    || (i == 0 && c is '#' or '-' or '+' or '=' or '|')
                    || (i == orderedListNumber && orderedListNumber > 0))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A headline on one line without surrounding spaces: **綦江区 ** would not be bold.</summary>
    private static string Headline(string headline) => Escape(string.Join(' ', headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The digits of "1." or "2)" at the start of a line, which Markdown reads as a list item.</summary>
    [GeneratedRegex(@"^\d+(?=[.)])")]
    private static partial Regex OrderedListNumber();
}
