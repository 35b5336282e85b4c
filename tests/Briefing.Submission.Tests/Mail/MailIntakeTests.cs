using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Submission.Intake;
using Briefing.Testing;

namespace Briefing.Submission.Tests.Mail;

/// <summary>Mail to the series' mailbox, read from a real Dovecot, becomes submissions of the right units.</summary>
[Collection(MailAppFixture.Collection)]
public sealed class MailIntakeTests(MailAppFixture app) : MailTest(app)
{
    [Fact]
    public async Task a_text_mail_from_a_known_sender_becomes_its_organisations_submission_by_its_liaison_and_is_marked_seen()
    {
        await WithQijiangMailboxAsync();
        var message = TestMail.Message(subject: "投稿：綦江区推进产教融合");
        Deliver(message);

        var poll = await PollAsync();

        Assert.Equal(("ok", 1, 0), (poll.LastPoll!.Outcome, poll.LastPoll.Taken, poll.LastPoll.Held));
        var item = Assert.Single(await SubmissionsAsync());
        Assert.Equal(("qijiang", "綦江区推进产教融合", TestMail.Body, ItemStatus.Submitted), (item.OrgId, item.Headline, item.Body, item.Status));
        Assert.Equal("綦江区联络员", item.SubmittedBy.Name);
        Assert.Equal((message.MessageId, TestMail.QijiangAddress, "投稿：綦江区推进产教融合"), (item.Mail!.MessageId, item.Mail.From, item.Mail.Subject));
        Assert.Equal((0, 1, 1), (Server.UnseenCount(), Server.SeenCount(), Server.MessageCount()));
        var queue = await App.ReadAsync<System.Text.Json.JsonElement>($"/api/review/queue?seriesId={SeriesId}", App.AdminToken);
        Assert.Equal(item.Id, queue[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task a_subject_of_only_the_prefix_gives_the_organisations_name_and_an_html_mail_is_made_text()
    {
        await WithQijiangMailboxAsync();
        Deliver(TestMail.Message(subject: "投稿:", text: null, html: "<html><head><style>p{color:red}</style></head><body><p>第一段&nbsp;内容。</p><p>第二段<br>换行</p></body></html>"));

        await PollAsync();

        var item = Assert.Single(await SubmissionsAsync());
        Assert.Equal(("綦江区", "第一段 内容。\n第二段\n换行"), (item.Headline, item.Body));
    }

    [Fact]
    public async Task a_docx_gives_the_body_with_its_paragraphs_and_its_bold_lead_is_the_headline_when_the_subject_gives_none()
    {
        await WithQijiangMailboxAsync();
        var docx = TestMail.Docx("綦江区", "：召开教育强区推进会。", "会议部署了下一阶段的重点工作。");
        Deliver(TestMail.WithAttachments(TestMail.Message(subject: "投稿："), "见附件", ("綦江区简报.docx", docx)));

        await PollAsync();

        var item = Assert.Single(await SubmissionsAsync());
        Assert.Equal(("綦江区", "召开教育强区推进会。\n会议部署了下一阶段的重点工作。"), (item.Headline, item.Body));
    }

    [Fact]
    public async Task an_organisation_without_exactly_one_liaison_submits_as_the_address()
    {
        await WithQijiangMailboxAsync();
        await App.CreateUserAsync(Roles.Contributor, "qijiang", "綦江区第二联络员");
        Deliver(TestMail.Message());

        await PollAsync();

        var item = Assert.Single(await SubmissionsAsync());
        Assert.Equal(new Actor($"mail:{TestMail.QijiangAddress}", TestMail.QijiangAddress), item.SubmittedBy);
    }

    [Fact]
    public async Task the_same_message_delivered_twice_is_one_submission_and_both_copies_are_marked_seen()
    {
        await WithQijiangMailboxAsync();
        var message = TestMail.Message();
        Deliver(message);
        await PollAsync();
        Deliver(message);

        var poll = await PollAsync();

        Assert.Equal((0, 0), (poll.LastPoll!.Taken, poll.LastPoll.Held));
        Assert.Single(await SubmissionsAsync());
        Assert.Equal((0, 2), (Server.UnseenCount(), Server.SeenCount()));
    }

    [Fact]
    public async Task a_message_stored_but_not_marked_seen_before_a_restart_is_not_taken_again()
    {
        await WithQijiangMailboxAsync();
        Deliver(TestMail.Message());
        await PollAsync();
        Server.MarkAllUnseen();

        await App.RestartAsync();
        var poll = await PollAsync();

        Assert.Equal("ok", poll.LastPoll!.Outcome);
        Assert.Single(await SubmissionsAsync());
        Assert.Equal(0, Server.UnseenCount());
        Deliver(TestMail.Message(subject: "投稿：重启之后"));
        await PollAsync();
        Assert.Equal(2, (await SubmissionsAsync()).Count);
    }

    [Fact]
    public async Task a_server_that_goes_down_fails_the_poll_with_a_retry_soon_and_when_it_is_back_nothing_is_lost_or_taken_twice()
    {
        await WithQijiangMailboxAsync();
        Deliver(TestMail.Message(subject: "投稿：停机之前"));
        await PollAsync();
        await Server.StopAsync();
        Deliver(TestMail.Message(subject: "投稿：停机期间"));

        var down = await PollAsync();

        Assert.Equal("failed", down.LastPoll!.Outcome);
        Assert.Contains($"127.0.0.1:{Server.Port}", down.LastPoll.Detail);
        Assert.True(down.LastPoll.Failures >= 1);
        Assert.True(down.LastPoll.NextAt < down.LastPoll.At!.Value.AddSeconds(3600), "a failed poll is retried before the interval");
        var got = await App.ReadAsync<Briefing.Submission.Mailboxes.MailboxResponse>($"/api/series/{SeriesId}/mailbox", App.AdminToken);
        Assert.Equal("failed", got.LastPoll!.Outcome);

        await Server.StartAgainAsync();
        var back = await PollAsync();

        Assert.Equal(("ok", 0), (back.LastPoll!.Outcome, back.LastPoll.Failures));
        Assert.Equal(["停机之前", "停机期间"], (await SubmissionsAsync()).Select(item => item.Headline).Order());
        Assert.Equal(0, Server.UnseenCount());
    }

    [Fact]
    public async Task the_poller_takes_new_mail_by_itself_woken_by_idle_long_before_its_interval()
    {
        await WithQijiangMailboxAsync(pollSeconds: 3600);
        await PollAsync();

        Deliver(TestMail.Message(subject: "投稿：无需手动收取"));

        var item = await EventuallyAsync(async () => (await SubmissionsAsync()).SingleOrDefault());
        Assert.Equal("无需手动收取", item.Headline);
    }

    [Fact]
    public async Task a_taken_folder_receives_the_messages_taken_and_none_is_deleted()
    {
        await WithQijiangMailboxAsync();
        Server.CreateFolder("Taken");
        await ConfigureMailboxAsync(takenFolder: "Taken");
        Deliver(TestMail.Message());

        await PollAsync();

        Assert.Single(await SubmissionsAsync());
        Assert.Equal((0, 1), (Server.MessageCount(), Server.MessageCountIn("Taken")));
    }

    [Fact]
    public async Task starttls_with_the_servers_certificate_trusted_reads_the_mailbox()
    {
        await using var secured = await Dovecot.StartAsync(App.Certificate);
        await App.SeriesAsync();
        await App.OrganisationAsync("qijiang", "綦江区");
        await App.SendAndWaitAsync("PUT", "/api/orgs/qijiang/senders", App.AdminToken, 200, new { addresses = new[] { TestMail.QijiangAddress } });
        await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 200,
            new { host = "127.0.0.1", port = secured.Port, security = "starttls", user = secured.User, password = secured.Password, pollSeconds = 3600 });
        secured.Deliver(TestMail.Bytes(TestMail.Message()));

        var tls = await PollAsync();

        Assert.Equal("ok", tls.LastPoll!.Outcome);
        Assert.Single(await SubmissionsAsync());
        Assert.Contains("TLS", secured.LoginLines());
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The poller did not take the message within 30 s.");
    }
}
