using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Submission.TakingMail;

/// <summary>A Word document's text: its paragraphs, and the bold lead run at its start (◆<b>綦江区</b>), if any, apart.</summary>
public sealed record DocumentText(string? Lead, IReadOnlyList<string> Paragraphs);

/// <summary>An attached .docx that is encrypted (an OLE file, as Word saves one with a password) or not a readable document.</summary>
public sealed class UnreadableDocumentException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads a .docx with DocumentFormat.OpenXml: one string per non-empty paragraph, the bold lead taken off the first.</summary>
public static class DocxText
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly char[] LeadPunctuation = ['◆', '■', '●', '▲', ' ', '\u3000', '：', ':', '，', ',', '。'];

    public static bool IsEncrypted(ReadOnlySpan<byte> content) => content.StartsWith(OleSignature);

    public static DocumentText Read(byte[] content)
    {
        if (IsEncrypted(content))
        {
            throw new UnreadableDocumentException("encrypted");
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new UnreadableDocumentException("no document body");
            return Split(body.Descendants<Paragraph>().ToList());
        }
        catch (Exception e) when (e is not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException("corrupt", e);
        }
    }

    private static DocumentText Split(List<Paragraph> paragraphs)
    {
        var texts = paragraphs.Select(TextOf).ToList();
        var first = texts.FindIndex(text => text.Trim().Length > 0);
        if (first < 0)
        {
            return new(null, []);
        }

        var lead = string.Concat(paragraphs[first].Elements<Run>().TakeWhile(IsBoldOrBlank).Select(TextOf));
        var headline = lead.Trim(LeadPunctuation);
        if (headline.Length > 0)
        {
            texts[first] = texts[first].Trim()[lead.Trim().Length..].TrimStart(LeadPunctuation);
        }

        return new(headline.Length > 0 ? headline : null, texts.Select(text => text.Trim()).Where(text => text.Length > 0).ToList());
    }

    private static bool IsBoldOrBlank(Run run) =>
        run.RunProperties?.Bold is { } bold ? bold.Val is null || bold.Val.Value : TextOf(run).Trim().Length == 0 && run.PreviousSibling<Run>() is not null;

    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(node => node switch
        {
            Text text => text.Text,
            TabChar => "\t",
            Break => "\n",
            _ => "",
        }));
}
