using System.Security.Cryptography;
using Briefing.Submission.Intake;
using MimeKit;

namespace Briefing.Submission.TakingMail;

/// <summary>
/// What a message says, read: its key (Message-ID, or <c>sha256:</c> and the hash of what was read),
/// sender, subject, attachments, the headline and body it gives, or why it gives none.
/// </summary>
public sealed record ReadMail(
    string MessageId,
    string From,
    string Subject,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Attachments,
    string? Headline,
    string? Body,
    MailProblem? Problem,
    string? ProblemDetail = null);

/// <summary>Turns a raw message (RFC 5322, MIME) into a <see cref="ReadMail"/>; never throws for what a sender can put in a message.</summary>
public static class MailReading
{
    /// <summary>Messages over 10 MiB are not fetched: they are held as too large.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly string[] SubjectPrefixes = ["投稿：", "投稿:"];
    private static readonly string[] UnsupportedExtensions = [".doc", ".wps", ".pdf"];

    /// <summary>The headline a subject gives: the subject less a leading 投稿：, or null when nothing is left.</summary>
    public static string? HeadlineOf(string subject)
    {
        var trimmed = subject.Trim();
        foreach (var prefix in SubjectPrefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal))
            {
                trimmed = trimmed[prefix.Length..].Trim();
                break;
            }
        }

        return trimmed.Length > 0 ? trimmed : null;
    }

    public static ReadMail Read(byte[] raw, DateTimeOffset receivedAt)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(raw));
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            return new ReadMail(HashKey(raw), "", "", receivedAt, [], null, null, MailProblem.Malformed);
        }

        var key = KeyOf(message.MessageId, raw);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant() ?? "";
        var subject = message.Subject ?? "";
        try
        {
            return Content(message, key, from, subject, receivedAt);
        }
        catch (Exception e) when (e is FormatException or ParseException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return new ReadMail(key, from, subject, receivedAt, [], null, null, MailProblem.Malformed);
        }
    }

    /// <summary>A message too large to fetch, read from its headers alone.</summary>
    public static ReadMail TooLarge(HeaderList headers, long size, DateTimeOffset receivedAt)
    {
        var messageId = headers[HeaderId.MessageId] is { } id ? MimeKit.Utils.MimeUtils.ParseMessageId(id) : null;
        var from = InternetAddressList.TryParse(headers[HeaderId.From] ?? "", out var addresses)
            ? addresses.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant() ?? "" : "";
        var subject = headers[HeaderId.Subject] ?? "";
        using var text = new MemoryStream();
        headers.WriteTo(text);
        return new ReadMail(KeyOf(messageId, text.ToArray()), from, subject, receivedAt, [], null, null, MailProblem.TooLarge, $"{size / 1024.0 / 1024.0:0.0} MiB");
    }

    private static ReadMail Content(MimeMessage message, string key, string from, string subject, DateTimeOffset receivedAt)
    {
        var files = message.BodyParts.OfType<MimePart>().Where(part => part.FileName is not null || part.IsAttachment).ToList();
        var names = files.Select(part => part.FileName ?? "(未命名附件)").ToList();
        var fromSubject = HeadlineOf(subject);
        var documents = files.Where(part => Has(part, ".docx")).ToList();
        if (documents.Count > 0)
        {
            string? lead = null;
            var paragraphs = new List<string>();
            foreach (var document in documents)
            {
                DocumentText text;
                try
                {
                    text = DocxText.Read(ContentOf(document));
                }
                catch (UnreadableDocumentException e)
                {
                    return new ReadMail(key, from, subject, receivedAt, names, fromSubject, null, MailProblem.UnreadableDocument,
                        $"{document.FileName}{(e.Message == "encrypted" ? " 已加密" : " 已损坏")}");
                }

                lead ??= text.Lead;
                paragraphs.AddRange(text.Paragraphs);
            }

            return paragraphs.Count == 0
                ? new ReadMail(key, from, subject, receivedAt, names, fromSubject ?? lead, null, MailProblem.NoText)
                : new ReadMail(key, from, subject, receivedAt, names, fromSubject ?? lead, string.Join('\n', paragraphs), null);
        }

        if (files.Any(part => UnsupportedExtensions.Any(extension => Has(part, extension))))
        {
            return new ReadMail(key, from, subject, receivedAt, names, fromSubject, null, MailProblem.UnsupportedFormat);
        }

        var body = Normalise(message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.From(html) : null));
        return new ReadMail(key, from, subject, receivedAt, names, fromSubject, body, body is null ? MailProblem.NoText : null);
    }

    private static bool Has(MimePart part, string extension) =>
        part.FileName?.EndsWith(extension, StringComparison.OrdinalIgnoreCase) == true;

    private static byte[] ContentOf(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return content.ToArray();
    }

    /// <summary>Line breaks as \n, trailing spaces off every line, blank lines at the ends off; null when nothing is left.</summary>
    private static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd()).ToList();
        var joined = string.Join('\n', lines).Trim('\n', ' ', '\t', '\u3000');
        return joined.Length > 0 ? joined : null;
    }

    private static string KeyOf(string? messageId, byte[] raw) =>
        string.IsNullOrWhiteSpace(messageId) ? HashKey(raw) : messageId.Trim();

    private static string HashKey(byte[] raw) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw));
}
