using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Briefing.Submission.FromOtherModules;
using Briefing.Submission.Intake;

namespace Briefing.Submission.TakingMail;

/// <summary>
/// What taking one message does: the events of its mail stream, and when it can become a submission by
/// itself the submission's first event and the message that opens its review. <see cref="Actor"/> acts.
/// </summary>
public sealed record MailDecision(Guid MailId, IReadOnlyList<object> MailEvents, ItemSubmitted? Submitted, SubmissionReceived? Received, Actor Actor);

public static class TakeMail
{
    /// <summary>A message becomes a submission of the sender's organisation, or waits in the intake list for the reason it cannot.</summary>
    public static MailDecision Decide(ReadMail mail, string seriesId, Organisation? organisation, OrganisationLiaisons? liaisons, DateTimeOffset now)
    {
        var mailId = IncomingMail.StreamIdFor(mail.MessageId);
        var received = new MailReceived(mailId, seriesId, mail.MessageId, mail.From, mail.Subject, mail.ReceivedAt, mail.Attachments, mail.Headline, mail.Body);
        var author = OrganisationLiaisons.AuthorOf(organisation is null ? null : liaisons, mail.From.Length > 0 ? mail.From : "unknown");
        var problem = mail.Problem ?? UnusableText(mail.Headline, mail.Body) ?? (organisation is null ? MailProblem.UnknownSender : null);
        if (problem is { } reason)
        {
            return new(mailId, [received, new MailHeld(reason, ReasonText(reason, mail.From, mail.ProblemDetail))], null, null, author);
        }

        var (submitted, message) = Submit(IncomingMail.Create(received), organisation!, author, now);
        return new(mailId, [received, new MailSubmitted(submitted.ItemId, submitted.OrgId)], submitted, message, author);
    }

    /// <summary>The submission a message makes for <paramref name="organisation"/>: its headline, else the organisation's name.</summary>
    public static (ItemSubmitted, SubmissionReceived) Submit(IncomingMail mail, Organisation organisation, Actor author, DateTimeOffset now)
    {
        var submitted = new ItemSubmitted(Guid.NewGuid(), mail.SeriesId, organisation.OrgId, null, mail.Headline ?? organisation.Name, mail.Body!, null, author,
            new MailOrigin(mail.MessageId, mail.From, mail.Subject, mail.ReceivedAt));
        return (submitted, new SubmissionReceived(submitted.ItemId, submitted.SeriesId, submitted.OrgId, null, submitted.Headline, submitted.Body, null, now));
    }

    /// <summary>Text a submission may not hold (too long, or characters no document can keep).</summary>
    public static MailProblem? UnusableText(string? headline, string? body) =>
        body is not null && (TextRules.Check("headline", headline, TextLimits.Headline, required: false) ?? TextRules.Check("body", body, TextLimits.Body, required: true)) is not null
            ? MailProblem.UnusableText
            : null;

    /// <summary>The reason as the intake list shows it.</summary>
    public static string ReasonText(MailProblem reason, string from, string? detail) => reason switch
    {
        MailProblem.UnknownSender => $"发件人 {(from.Length > 0 ? from : "（无）")} 不是任何单位登记的投稿地址",
        MailProblem.UnsupportedFormat => "格式不支持，请发送 .docx 或正文",
        MailProblem.NoText => "邮件没有正文，也没有 .docx 附件",
        MailProblem.TooLarge => $"邮件过大（{detail}），超过 10 MiB，未收取内容",
        MailProblem.Malformed => "邮件格式有误，无法读取",
        MailProblem.UnreadableDocument => $"附件 {detail}，无法读取，请发送未加密的 .docx",
        MailProblem.UnusableText => $"标题超过 {TextLimits.Headline} 字、正文超过 {TextLimits.Body} 字，或含有文档无法保存的字符",
        _ => reason.ToString(),
    };
}
