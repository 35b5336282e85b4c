using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace Briefing.Submission.TakingMail;

/// <summary>An HTML mail part made plain text: block elements and line breaks become line breaks, scripts and styles are dropped, entities decoded.</summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Blocks = ["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "section", "article"];
    private static readonly HashSet<string> Hidden = ["script", "style", "head", "title"];

    public static string From(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        var hiddenDepth = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Hidden.Contains(tag.Name):
                    hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Name):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hiddenDepth == 0:
                    text.Append(Collapse(data.Data));
                    break;
            }
        }

        return string.Join('\n', text.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
    }

    private static string Collapse(string data) => Whitespace().Replace(data, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
