using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MimeKit;

namespace Briefing.Submission.Tests.Mail;

/// <summary>Messages and Word documents built in the test, the way liaison officers' mail programs send them.</summary>
public static class TestMail
{
    public const string QijiangAddress = "qjjwxxk@163.com";

    public const string Body = "4月15日，綦江区人民政府副区长李钱松带领綦江区科技、经信及相关园区、企业等负责人赴重庆移通学院綦江校区开展专题调研。";

    public static MimeMessage Message(string from = QijiangAddress, string subject = "投稿：綦江区", string? text = Body, string? html = null, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("綦江区教委", from));
        message.To.Add(new MailboxAddress("投稿邮箱", "tougao@example.cn"));
        message.Subject = subject;
        message.MessageId = messageId ?? $"{Guid.NewGuid():N}@briefing-tests";
        message.Date = new DateTimeOffset(2025, 4, 16, 9, 30, 0, TimeSpan.FromHours(8));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();
        return message;
    }

    public static MimeMessage WithAttachments(MimeMessage message, string? text, params (string Name, byte[] Content)[] attachments)
    {
        var body = new BodyBuilder { TextBody = text };
        foreach (var (name, content) in attachments)
        {
            body.Attachments.Add(name, content);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>A .docx whose first paragraph opens with the bold lead (◆<b>lead</b>) when one is given.</summary>
    public static byte[] Docx(string? boldLead, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            for (var i = 0; i < paragraphs.Length; i++)
            {
                var paragraph = new Paragraph();
                if (i == 0 && boldLead is not null)
                {
                    paragraph.Append(new Run(new RunProperties(new Bold()), new Text("◆" + boldLead) { Space = SpaceProcessingModeValues.Preserve }));
                }

                paragraph.Append(new Run(new Text(paragraphs[i]) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>What Word writes for a document saved with a password: an OLE compound file, not a zip.</summary>
    public static byte[] EncryptedDocx() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
}
