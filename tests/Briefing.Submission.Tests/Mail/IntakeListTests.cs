using Briefing.Submission.Intake;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.Tests.Mail;

/// <summary>Mail that cannot become a submission by itself waits for an editor, who assigns or discards it; bad mail is explained.</summary>
[Collection(MailAppFixture.Collection)]
public sealed class IntakeListTests(MailAppFixture app) : MailTest(app)
{
    private const string Stranger = "wangwu@example.cn";

    [Fact]
    public async Task mail_from_an_unknown_sender_waits_until_an_editor_assigns_it_and_remembering_the_address_sends_the_next_one_straight_through()
    {
        await WithQijiangMailboxAsync();
        await App.OrganisationAsync("fuling", "涪陵区");
        var editor = await App.TokenForAsync(Briefing.Identity.Contracts.Roles.Editor);
        Deliver(TestMail.Message(from: Stranger, subject: "投稿：涪陵区开展教师培训"));

        var poll = await PollAsync();

        Assert.Equal((0, 1), (poll.LastPoll!.Taken, poll.LastPoll.Held));
        Assert.Empty(await SubmissionsAsync());
        var waiting = Assert.Single(await IntakeAsync());
        Assert.Equal((Stranger, "投稿：涪陵区开展教师培训", MailProblem.UnknownSender, true), (waiting.From, waiting.Subject, waiting.ReasonCode, waiting.Assignable));
        Assert.Contains(Stranger, waiting.Reason);
        Assert.Equal(0, Server.UnseenCount());

        var created = await App.SendAndWaitAsync<SubmissionState>("POST", $"/api/intake/{waiting.Id}/assign", editor, 201, new { orgId = "fuling", rememberSender = true });

        var item = await App.ReadAsync<SubmissionResponse>($"/api/submissions/{created.Id}", App.AdminToken);
        Assert.Equal(("fuling", "涪陵区开展教师培训", TestMail.Body, Stranger), (item.OrgId, item.Headline, item.Body, item.Mail!.From));
        Assert.Empty(await IntakeAsync());
        await App.SendAsync("POST", $"/api/intake/{waiting.Id}/assign", editor, 409, new { orgId = "fuling" });

        Deliver(TestMail.Message(from: Stranger.ToUpperInvariant(), subject: "投稿：第二篇"));
        await PollAsync();
        Assert.Contains(await SubmissionsAsync(), next => next is { OrgId: "fuling", Headline: "第二篇" });
    }

    [Fact]
    public async Task an_editor_discards_a_waiting_message_with_a_reason_and_it_leaves_the_list()
    {
        await WithQijiangMailboxAsync();
        var editor = await App.TokenForAsync(Briefing.Identity.Contracts.Roles.Editor);
        Deliver(TestMail.Message(from: Stranger, subject: "广告"));
        await PollAsync();
        var waiting = Assert.Single(await IntakeAsync());

        await App.SendAsync("POST", $"/api/intake/{waiting.Id}/discard", editor, 400, new { reason = "" });
        var discarded = await App.SendAndWaitAsync<IntakeState>("POST", $"/api/intake/{waiting.Id}/discard", editor, 200, new { reason = "不是投稿" });

        Assert.Equal(IntakeStatus.Discarded, discarded.Status);
        Assert.Empty(await IntakeAsync());
        await App.SendAsync("POST", $"/api/intake/{waiting.Id}/discard", editor, 409, new { reason = "再来一次" });
        await App.SendAsync("POST", $"/api/intake/{Guid.NewGuid()}/discard", editor, 404, new { reason = "没有这封" });
        Assert.Equal(1, Server.MessageCount());
    }

    [Fact]
    public async Task a_contributor_may_not_see_or_settle_the_intake_list()
    {
        await WithQijiangMailboxAsync();
        var contributor = (await App.CreateUserAsync(Briefing.Identity.Contracts.Roles.Contributor, "qijiang")).Token;

        await App.SendAsync("GET", "/api/intake", contributor, 403);
        await App.SendAsync("POST", $"/api/intake/{Guid.NewGuid()}/discard", contributor, 403, new { reason = "x" });
    }

    public static TheoryData<string, MailProblem> BadMail() => new()
    {
        { "pdf", MailProblem.UnsupportedFormat },
        { "doc", MailProblem.UnsupportedFormat },
        { "wps", MailProblem.UnsupportedFormat },
        { "nothing", MailProblem.NoText },
        { "too-large", MailProblem.TooLarge },
        { "malformed", MailProblem.Malformed },
        { "encrypted-docx", MailProblem.UnreadableDocument },
        { "corrupt-docx", MailProblem.UnreadableDocument },
        { "too-long", MailProblem.UnusableText },
    };

    [Theory]
    [MemberData(nameof(BadMail))]
    public async Task bad_mail_from_a_known_sender_waits_with_its_reason_and_never_sticks_the_mailbox(string kind, MailProblem reason)
    {
        await WithQijiangMailboxAsync();
        var editor = await App.TokenForAsync(Briefing.Identity.Contracts.Roles.Editor);
        Server.Deliver(Bad(kind));
        Deliver(TestMail.Message(subject: "投稿：后面的一封好邮件"));

        var poll = await PollAsync();

        // The mailbox's own watcher (IDLE) may have taken both messages before this poll: the poll's counts
        // say which poll did; what every test here checks is that both were taken, one held, one submitted.
        Assert.Equal("ok", poll.LastPoll!.Outcome);
        Assert.Contains((poll.LastPoll.Taken, poll.LastPoll.Held), new[] { (1, 1), (0, 0) });
        var waiting = Assert.Single(await IntakeAsync());
        Assert.Equal((reason, false), (waiting.ReasonCode, waiting.Assignable));
        Assert.False(string.IsNullOrWhiteSpace(waiting.Reason));
        Assert.Equal("后面的一封好邮件", Assert.Single(await SubmissionsAsync()).Headline);
        Assert.Equal(0, Server.UnseenCount());
        var refused = await (await App.SendAsync("POST", $"/api/intake/{waiting.Id}/assign", editor, 409, new { orgId = "qijiang" })).ReadAsJsonAsync<ProblemDetails>();
        Assert.Contains(waiting.Reason, refused!.Detail);
    }

    [Fact]
    public async Task a_pdf_is_shown_as_a_format_not_supported_with_its_name()
    {
        await WithQijiangMailboxAsync();
        Server.Deliver(Bad("pdf"));

        await PollAsync();

        var waiting = Assert.Single(await IntakeAsync());
        Assert.Equal("格式不支持，请发送 .docx 或正文", waiting.Reason);
        Assert.Equal(["綦江区简报.pdf"], waiting.Attachments);
    }

    private static byte[] Bad(string kind) => kind switch
    {
        "pdf" => Attached("綦江区简报.pdf", "%PDF-1.4 not really"u8.ToArray()),
        "doc" => Attached("綦江区简报.doc", TestMail.EncryptedDocx()),
        "wps" => Attached("綦江区简报.wps", TestMail.EncryptedDocx()),
        "nothing" => TestMail.Bytes(TestMail.Message(text: "   \r\n  ")),
        "too-large" => Attached("扫描件.png", new byte[11 * 1024 * 1024]),
        "malformed" => "\u0001\u0002 this is not a message\r\n\r\n"u8.ToArray(),
        "encrypted-docx" => Attached("綦江区简报.docx", TestMail.EncryptedDocx()),
        "corrupt-docx" => Attached("綦江区简报.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]),
        "too-long" => TestMail.Bytes(TestMail.Message(text: new string('字', 20_001))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Attached(string name, byte[] content) =>
        TestMail.Bytes(TestMail.WithAttachments(TestMail.Message(subject: "投稿：綦江区"), null, (name, content)));
}
