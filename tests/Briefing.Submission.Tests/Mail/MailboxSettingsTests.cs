using Briefing.Identity.Contracts;
using Briefing.Submission.Mailboxes;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.Tests.Mail;

/// <summary>The mailbox's settings and senders: checked, versioned, and the password kept encrypted, never shown or logged.</summary>
[Collection(MailAppFixture.Collection)]
public sealed class MailboxSettingsTests(MailAppFixture app) : MailTest(app)
{
    [Fact]
    public async Task the_password_is_stored_encrypted_and_never_answered_logged_or_put_in_an_event()
    {
        await WithQijiangMailboxAsync();
        Deliver(TestMail.Message());
        await PollAsync();

        var answer = await (await App.SendAsync("GET", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 200)).ReadAsTextAsync();
        Assert.DoesNotContain(Server.Password, answer);
        Assert.Contains("\"security\":\"none\"", answer);
        foreach (var table in new[] { "events.mt_events", "submission.mt_doc_mailboxsecret", "submission.mt_doc_mailbox" })
        {
            Assert.Equal(0L, await Sql.ScalarAsync(App.ConnectionString, $"select count(*) from {table} where data::text like '%' || $1 || '%'", Server.Password));
        }

        Assert.Equal(1L, await Sql.ScalarAsync(App.ConnectionString, "select count(*) from submission.mt_doc_mailboxsecret"));
        Assert.DoesNotContain(App.Log.Events, line => line.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(Server.Password, StringComparison.Ordinal)
            || line.Properties.Values.Any(value => value.ToString().Contains(Server.Password, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task a_wrong_password_fails_the_poll_saying_so_and_a_new_password_mends_it()
    {
        await WithQijiangMailboxAsync();
        await ConfigureMailboxAsync(password: "not-the-password");
        Deliver(TestMail.Message());

        var refused = await PollAsync();

        Assert.Equal("failed", refused.LastPoll!.Outcome);
        Assert.Contains("拒绝登录", refused.LastPoll.Detail);
        Assert.Equal(1, Server.UnseenCount());
        await ConfigureMailboxAsync(password: Server.Password);
        Assert.Equal("ok", (await PollAsync()).LastPoll!.Outcome);
        Assert.Single(await SubmissionsAsync());
    }

    [Fact]
    public async Task the_settings_are_kept_and_a_change_without_a_password_keeps_the_password()
    {
        await WithQijiangMailboxAsync();

        var changed = await ReadAsync<MailboxResponse>(await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 200,
            new { host = "127.0.0.1", port = Server.Port, security = "none", user = Server.User, pollSeconds = 120, expectedVersion = 1 }));

        Assert.Equal((2L, 120, "INBOX"), (changed.Version, changed.PollSeconds, changed.Folder));
        Deliver(TestMail.Message());
        Assert.Equal("ok", (await PollAsync()).LastPoll!.Outcome);
        var stale = await (await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 409,
            new { host = "127.0.0.1", port = Server.Port, security = "none", user = Server.User, expectedVersion = 1 })).ReadAsJsonAsync<ProblemDetails>();
        Assert.EndsWith("/version-conflict", stale!.Type);
    }

    public static TheoryData<string, object> BadSettings() => new()
    {
        { "host", new { port = 143, security = "none", user = "u", password = "p" } },
        { "port", new { host = "mail.example.cn", port = 0, security = "none", user = "u", password = "p" } },
        { "security", new { host = "mail.example.cn", port = 143, user = "u", password = "p" } },
        { "user", new { host = "mail.example.cn", port = 143, security = "ssl", password = "p" } },
        { "password", new { host = "mail.example.cn", port = 143, security = "ssl", user = "u" } },
        { "pollSeconds", new { host = "mail.example.cn", port = 143, security = "ssl", user = "u", password = "p", pollSeconds = 1 } },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task bad_settings_are_a_400_naming_the_field_and_store_nothing(string field, object body)
    {
        await App.SeriesAsync();

        var problem = await (await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 400, body)).ReadAsJsonAsync<ValidationProblemDetails>();

        Assert.Contains(field, problem!.Errors.Keys);
        Assert.DoesNotContain("\"p\"", problem.Detail);
        await App.SendAsync("GET", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 404);
    }

    [Fact]
    public async Task only_an_admin_sets_the_mailbox_and_an_unknown_series_is_a_404()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        var body = new { host = "mail.example.cn", port = 993, security = "ssl", user = "u", password = "secret-value" };

        await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", editor, 403, body);
        await App.SendAsync("PUT", "/api/series/no-such-series/mailbox", App.AdminToken, 404, body);
    }

    [Fact]
    public async Task senders_are_addresses_one_organisation_each_compared_without_case()
    {
        await App.OrganisationAsync("qijiang", "綦江区");
        await App.OrganisationAsync("fuling", "涪陵区");

        var set = await App.SendAndWaitAsync<Senders.SendersResponse>("PUT", "/api/orgs/qijiang/senders", App.AdminToken, 200, new { addresses = new[] { "QJ@163.com", "qj@163.com", "office@qj.gov.cn" } });

        Assert.Equal(["office@qj.gov.cn", "qj@163.com"], set.Addresses);
        await App.SendAsync("PUT", "/api/orgs/fuling/senders", App.AdminToken, 409, new { addresses = new[] { "Qj@163.com" } });
        await App.SendAsync("PUT", "/api/orgs/fuling/senders", App.AdminToken, 400, new { addresses = new[] { "不是地址" } });
        await App.SendAsync("PUT", "/api/orgs/nowhere/senders", App.AdminToken, 404, new { addresses = Array.Empty<string>() });
        Assert.Equal(["office@qj.gov.cn", "qj@163.com"], (await App.ReadAsync<Senders.SendersResponse>("/api/orgs/qijiang/senders", App.AdminToken)).Addresses);
    }
}
