using Briefing.Identity.Contracts;
using Briefing.Submission.FromOtherModules;
using Briefing.Submission.Intake;
using Briefing.Submission.TakingMail;

namespace Briefing.Submission.Tests.Mail;

/// <summary>The mail intake's decisions, without a database or a mail server.</summary>
public sealed class MailDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 16, 2, 0, 0, TimeSpan.Zero);

    private static Organisation Qijiang() => Organisation.Create(new OrganisationCreated("qijiang", "綦江区", "district", []));

    [Theory]
    [InlineData("投稿：綦江区推进会", "綦江区推进会")]
    [InlineData("投稿:綦江区推进会", "綦江区推进会")]
    [InlineData("  投稿： ", null)]
    [InlineData("", null)]
    [InlineData("关于投稿：的说明", "关于投稿：的说明")]
    public void the_subject_less_its_prefix_is_the_headline(string subject, string? headline) =>
        Assert.Equal(headline, MailReading.HeadlineOf(subject));

    [Fact]
    public void a_message_without_a_message_id_is_known_by_the_hash_of_its_bytes()
    {
        var message = TestMail.Message();
        message.Headers.Remove(MimeKit.HeaderId.MessageId);
        var raw = TestMail.Bytes(message);

        var first = MailReading.Read(raw, Now);

        Assert.StartsWith("sha256:", first.MessageId);
        Assert.Equal(first.MessageId, MailReading.Read(raw, Now).MessageId);
        Assert.NotEqual(first.MessageId, MailReading.Read([.. raw, (byte)'x'], Now).MessageId);
    }

    [Fact]
    public void the_text_part_wins_over_the_html_part_and_the_sender_is_compared_in_lower_case()
    {
        var read = MailReading.Read(TestMail.Bytes(TestMail.Message(from: "QJ@163.COM", text: "正文。\r\n第二行  \r\n", html: "<p>别的</p>")), Now);

        Assert.Equal(("qj@163.com", "正文。\n第二行", null), (read.From, read.Body, read.Problem));
    }

    [Fact]
    public void a_docx_without_a_bold_lead_keeps_every_paragraph_and_gives_no_headline()
    {
        var text = DocxText.Read(TestMail.Docx(null, "第一段。", "", "第二段。"));

        Assert.Null(text.Lead);
        Assert.Equal(["第一段。", "第二段。"], text.Paragraphs);
    }

    [Fact]
    public void a_known_sender_with_text_makes_a_submission_that_records_the_mail()
    {
        var read = new ReadMail("m-1@example.cn", "qj@163.com", "投稿：", Now.AddMinutes(-5), [], null, "正文", null);
        var liaisons = new OrganisationLiaisons { Id = "qijiang" }.With(Guid.NewGuid(), "綦江区联络员");

        var decision = TakeMail.Decide(read, "jiaoyu-qiangshi", Qijiang(), liaisons, Now);

        var submitted = decision.Submitted!;
        Assert.Equal(("綦江区", "正文", "綦江区联络员"), (submitted.Headline, submitted.Body, submitted.SubmittedBy.Name));
        Assert.Equal(new MailOrigin("m-1@example.cn", "qj@163.com", "投稿：", Now.AddMinutes(-5)), submitted.Mail);
        Assert.Equal(IncomingMail.StreamIdFor("m-1@example.cn"), decision.MailId);
        Assert.IsType<MailSubmitted>(decision.MailEvents[1]);
        Assert.Equal((submitted.ItemId, Now), (decision.Received!.ItemId, decision.Received.SubmittedAt));
    }

    [Fact]
    public void an_unknown_sender_or_unusable_mail_is_held_with_its_reason()
    {
        var read = new ReadMail("m-2", "x@example.cn", "s", Now, ["a.pdf"], null, null, MailProblem.UnsupportedFormat);

        var unsupported = TakeMail.Decide(read, "s", Qijiang(), null, Now);
        var unknown = TakeMail.Decide(read with { Body = "正文", Problem = null }, "s", null, null, Now);

        Assert.Equal(new MailHeld(MailProblem.UnsupportedFormat, "格式不支持，请发送 .docx 或正文"), unsupported.MailEvents[1]);
        Assert.Equal(MailProblem.UnknownSender, Assert.IsType<MailHeld>(unknown.MailEvents[1]).Reason);
        Assert.Null(unknown.Submitted);
        Assert.Equal(new Actor("mail:x@example.cn", "x@example.cn"), unknown.Actor);
    }

    [Fact]
    public void the_author_is_the_one_liaison_else_the_address()
    {
        var one = new OrganisationLiaisons { Id = "qijiang" }.With(Guid.NewGuid(), "甲");
        var two = one.With(Guid.NewGuid(), "乙");

        Assert.Equal("甲", OrganisationLiaisons.AuthorOf(one, "a@b.cn").Name);
        Assert.Equal("mail:a@b.cn", OrganisationLiaisons.AuthorOf(two, "a@b.cn").Id);
        Assert.Equal("甲", OrganisationLiaisons.AuthorOf(two.Without(Guid.Parse(two.Contributors[1].Id)), "a@b.cn").Name);
        Assert.Equal("mail:a@b.cn", OrganisationLiaisons.AuthorOf(null, "a@b.cn").Id);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(30, 900)]
    public void a_failed_poll_is_retried_after_a_doubling_wait_of_at_most_fifteen_minutes(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), PollSchedule.RetryAfter(failures, 60, TimeSpan.FromSeconds(5)));

    [Fact]
    public void the_schedule_counts_failures_in_a_row_and_a_success_resets_them()
    {
        var failed = PollSchedule.After("s", null, PollResult.Failed("down"), 60, TimeSpan.FromSeconds(5), Now);
        var again = PollSchedule.After("s", failed, PollResult.Failed("down"), 60, TimeSpan.FromSeconds(5), Now);
        var ok = PollSchedule.After("s", again, new PollResult(true, 2, 1, null), 60, TimeSpan.FromSeconds(5), Now);

        Assert.Equal((1, Now.AddSeconds(5)), (failed.Failures, failed.NextPollAt));
        Assert.Equal((2, Now.AddSeconds(10)), (again.Failures, again.NextPollAt));
        Assert.Equal((0, Now.AddSeconds(60), 2, 1), (ok.Failures, ok.NextPollAt, ok.Taken, ok.Held));
    }

    [Fact]
    public void a_message_no_longer_waiting_cannot_be_settled_again()
    {
        var mail = IncomingMail.Create(new MailReceived(Guid.NewGuid(), "s", "m", "a@b.cn", "s", Now, [], null, "正文"));
        mail.Apply(new MailDiscarded("不是投稿"));

        Assert.Equal(409, IntakeEndpoint.Check(mail, mail.Id, null, "assigned")!.Status);
        Assert.Equal(404, IntakeEndpoint.Check(null, mail.Id, null, "assigned")!.Status);
    }
}
