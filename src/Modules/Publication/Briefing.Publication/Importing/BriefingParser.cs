using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefing.Publication.Importing;

public sealed record ParsedItem(string Headline, string Body, int Line);

public sealed record ParsedSection(string Title, int Line, IReadOnlyList<ParsedItem> Items);

/// <summary>A briefing read from Markdown laid out like docs/samples/briefing-041.md.</summary>
public sealed record ParsedBriefing(
    string? Title,
    int Number,
    int Line,
    (int Month, int Day) From,
    (int Month, int Day) To,
    string? EditorNote,
    IReadOnlyList<ParsedSection> Sections,
    string? Distribution,
    string? SubmissionEmail,
    string? IssuingUnit);

/// <summary>Why a document cannot be imported, and the 1-based line it is about.</summary>
public sealed record ParseError(int Line, string Message);

/// <summary>
/// Reads a briefing: <c># title</c>, <c>第 N 期（M.D—M.D）</c>, an optional editor's note,
/// <c>## 【section】</c> headings with <c>◆**headline**body</c> items (a following paragraph that is
/// not an item, heading or rule belongs to the item before it: page-break artefacts are kept), then
/// after a rule the 分送 and 投稿邮箱 footer. Markdig finds the blocks and their lines; the text of
/// each block is taken from the source as written (only Markdown's backslash escapes are undone).
/// </summary>
public static partial class BriefingParser
{
    public static (ParsedBriefing? Briefing, ParseError? Error) Parse(string markdown)
    {
        var source = markdown.ReplaceLineEndings("\n");
        var document = Markdown.Parse(source, Pipeline);
        string? title = null, note = null, distribution = null, email = null, unit = null;
        Match? issueLine = null;
        var issueLineNumber = 0;
        var sections = new List<(string Title, int Line, List<ParsedItem> Items)>();
        var inFooter = false;
        foreach (var (block, line, text) in Blocks(document, source))
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } when title is null && issueLine is null:
                    title = Unescape(text.TrimStart('#').Trim());
                    break;
                case HeadingBlock { Level: 2 } when SectionHeading().Match(text) is { Success: true } section:
                    if (issueLine is null)
                    {
                        return (null, new ParseError(line, "A section starts before the issue number line (第 N 期（M.D—M.D）)."));
                    }

                    sections.Add((Unescape(section.Groups[1].Value), line, []));
                    inFooter = false;
                    break;
                case ThematicBreakBlock:
                    inFooter = true;
                    break;
                case ParagraphBlock when issueLine is null && IssueLine().Match(text) is { Success: true } match:
                    if (Int(match, "number") == 0)
                    {
                        return (null, new ParseError(line, "Issue numbers start at 1."));
                    }

                    issueLine = match;
                    issueLineNumber = line;
                    break;
                case ParagraphBlock when inFooter && text.StartsWith('◆'):
                    return (null, new ParseError(line, "This item (◆) comes after the closing rule (---), where only the 分送 and 投稿邮箱 lines belong."));
                case ParagraphBlock when inFooter || Footer().IsMatch(text):
                    if (Distribution().Match(text) is { Success: true } sent)
                    {
                        distribution = Unescape(sent.Groups[1].Value);
                    }
                    else if (Mailbox().Match(text) is { Success: true } mailbox)
                    {
                        (email, unit) = (Unescape(mailbox.Groups[1].Value), Unescape(mailbox.Groups[2].Value));
                    }

                    break;
                case ParagraphBlock when ItemLine().Match(text) is { Success: true } item:
                    if (sections.Count == 0)
                    {
                        return (null, new ParseError(line, "This item (◆) is outside any section: a ## 【section】 heading must come before it."));
                    }

                    sections[^1].Items.Add(new ParsedItem(Unescape(item.Groups[1].Value).Trim(), Unescape(item.Groups[2].Value), line));
                    break;
                case ParagraphBlock when text.StartsWith('◆'):
                    return (null, new ParseError(line, "An item must read ◆**headline**body: the headline in bold right after the ◆."));
                case not HeadingBlock when sections.Count > 0:
                    if (sections[^1].Items.Count == 0)
                    {
                        return (null, new ParseError(line, "This paragraph is in a section but before its first item (◆**headline**body)."));
                    }

                    var last = sections[^1].Items[^1];
                    sections[^1].Items[^1] = last with { Body = $"{last.Body}\n\n{Unescape(text)}" };
                    break;
                case ParagraphBlock when issueLine is not null:
                    note = note is null ? Unescape(text) : $"{note}\n\n{Unescape(text)}";
                    break;
                default:
                    return (null, new ParseError(line, $"This block is not part of a briefing's layout: {Shorten(text)}"));
            }
        }

        if (issueLine is null)
        {
            return (null, new ParseError(title is null ? 1 : 2, "There is no issue number line such as 第 41 期（4.14—4.18） after the title."));
        }

        if (sections.Count == 0)
        {
            return (null, new ParseError(issueLineNumber, "The briefing has no sections (## 【section title】 headings with ◆ items)."));
        }

        if (sections.FirstOrDefault(section => section.Items.Count == 0) is { Title: not null } empty)
        {
            return (null, new ParseError(empty.Line, $"Section 【{empty.Title}】 has no items."));
        }

        return (new ParsedBriefing(title, int.Parse(issueLine.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), issueLineNumber,
            (Int(issueLine, "m1"), Int(issueLine, "d1")), (Int(issueLine, "m2"), Int(issueLine, "d2")), note,
            [.. sections.Select(section => new ParsedSection(section.Title, section.Line, section.Items))], distribution, email, unit), null);
    }

    /// <summary>No setext headings (a paragraph right above a --- stays a paragraph) and no indented code (an indented continuation stays text).</summary>
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();
    private static readonly ThematicBreakParser RuleParser = new();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        return builder.Build();
    }

    /// <summary>
    /// The top-level blocks with their 1-based line and source text; a paragraph holding several
    /// lines that start with ◆ (items without a blank line between them) counts as one block per
    /// item, and a rule line right under text (which Markdig, without setext headings, keeps in the
    /// paragraph) as a rule.
    /// </summary>
    private static IEnumerable<(Block Block, int Line, string Text)> Blocks(MarkdownDocument document, string source)
    {
        foreach (var block in document)
        {
            var text = source.Substring(block.Span.Start, block.Span.Length).Trim();
            var line = block.Line + 1;
            if (block is not ParagraphBlock)
            {
                yield return (block, line, text);
                continue;
            }

            var lines = text.Split('\n');
            var start = 0;
            for (var i = 1; i <= lines.Length; i++)
            {
                if (i < lines.Length && !lines[i].TrimStart().StartsWith('◆') && !Rule().IsMatch(lines[i]))
                {
                    continue;
                }

                if (Rule().IsMatch(lines[start]))
                {
                    yield return (new ThematicBreakBlock(RuleParser), line + start, lines[start]);
                    start++;
                }

                if (start < i)
                {
                    yield return (block, line + start, string.Join('\n', lines[start..i]).Trim());
                }

                start = i;
            }
        }
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Undoes Markdown's backslash escapes of ASCII punctuation (the renderer adds them).</summary>
    private static string Unescape(string text) => BackslashEscape().Replace(text, "$1");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^第\s*(?<number>[0-9]{1,6})\s*期\s*[（(]\s*(?<m1>[0-9]{1,2})\.(?<d1>[0-9]{1,2})\s*[—–\-~～至]+\s*(?<m2>[0-9]{1,2})\.(?<d2>[0-9]{1,2})\s*[）)]$")]
    private static partial Regex IssueLine();

    [GeneratedRegex(@"^##\s*【(.+)】\s*$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^◆\s*\*\*(.+?)\*\*\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(分送|投稿邮箱)[：:]")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^分送[：:]\s*(.+)$", RegexOptions.Singleline)]
    private static partial Regex Distribution();

    [GeneratedRegex(@"^投稿邮箱[：:]\s*\[([^\]]+)\]\(mailto:[^)]*\)\s*[（(](.+)[）)]\s*$")]
    private static partial Regex Mailbox();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}
