using System.Net.Http.Json;
using System.Text;
using Briefing.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Mail;

/// <summary>The 投稿邮箱 in the console: an admin sets the mailbox up, an editor settles the mail waiting, the submission shows its mail.</summary>
[Collection(ConsoleDesk.Name)]
public sealed class MailConsoleTests(ConsoleHost host) : IAsyncLifetime
{
    private Dovecot _server = null!;

    public async Task InitializeAsync() => _server = await Dovecot.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>A plain-text message, written as a mail program would (UTF-8, base64 subject).</summary>
    private static byte[] Message(string from, string subject, string body, string? attachment = null)
    {
        var encodedSubject = $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(subject))}?=";
        var head = $"From: <{from}>\r\nTo: <tougao@example.cn>\r\nSubject: {encodedSubject}\r\nMessage-ID: <{Guid.NewGuid():N}@console-tests>\r\nDate: Wed, 16 Apr 2025 09:30:00 +0800\r\nMIME-Version: 1.0\r\n";
        var text = Convert.ToBase64String(Encoding.UTF8.GetBytes(body));
        return Encoding.UTF8.GetBytes(attachment is null
            ? $"{head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n"
            : $"{head}Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n"
              + $"--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"{attachment}\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n");
    }

    [Fact]
    public async Task an_admin_sets_up_the_mailbox_and_the_senders_and_polls_it_from_the_page()
    {
        var desk = await host.Admin.NewDeskAsync();
        var admin = $"管理员{desk.OrgId[^8..]}";
        await host.Admin.CreateUserAsync(admin, "admin");
        var address = $"{desk.OrgId}@163.com";
        _server.Deliver(Message(address, "投稿：" + desk.OrgName + "召开推进会", "会议部署了下一阶段的重点工作。"));

        var page = await host.NewPageAsync();
        await page.SignInAsync(admin);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "投稿邮箱", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await page.Combobox("单位").SelectOptionAsync(new SelectOptionValue { Label = desk.OrgName });
        await page.Textbox("发件地址（每行一个）").FillAsync(address);
        await page.Button("保存发件地址").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("发件地址已保存。");

        await page.Textbox("服务器").FillAsync("127.0.0.1");
        await page.GetByLabel("端口").FillAsync(_server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Combobox("安全方式").SelectOptionAsync("none");
        await page.Textbox("邮箱用户名").FillAsync(_server.User);
        await page.GetByLabel("邮箱密码").FillAsync(_server.Password);
        await page.GetByLabel("收取间隔（秒）").FillAsync("3600");
        await page.Button("保存设置").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("邮箱设置已保存");
        await Expect(page.GetByLabel("邮箱密码")).ToHaveValueAsync("");

        await page.Button("立即收取").ClickAsync();
        // The background poller may take the message first, within seconds of the save: either way it is taken once.
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "收取情况" }).GetByRole(AriaRole.Status)).ToContainTextAsync("成功：");
        var submissions = await (await host.Admin.SendAsync(HttpMethod.Get, $"/api/submissions?seriesId={desk.SeriesId}")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var intake = await (await host.Admin.SendAsync(HttpMethod.Get, $"/api/intake?seriesId={desk.SeriesId}")).Content.ReadAsStringAsync();
        var status = await page.GetByRole(AriaRole.Region, new() { Name = "收取情况" }).InnerTextAsync();
        Assert.True(submissions.GetProperty("total").GetInt32() == 1, $"{status} | intake: {intake} | {host.RecentOutput()}");
        await host.ScreenshotAsync(page, "mailbox-settings", fullPage: true);
        Assert.DoesNotContain(_server.Password, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(host.ScriptErrorsOf(page));
    }

    [Fact]
    public async Task an_editor_assigns_mail_from_an_unknown_sender_and_the_submission_shows_its_mail()
    {
        var desk = await host.Admin.NewDeskAsync();
        await ConfigureAsync(desk);
        var stranger = $"liaison-{desk.OrgId}@qq.com";
        _server.Deliver(Message(stranger, $"投稿：{desk.OrgName}开展教师培训", "全区三百余名教师参加了培训。"));
        await PollAsync(desk);

        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Editor);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "邮件投稿", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        var table = page.GetByRole(AriaRole.Table, new() { Name = "待分拣邮件" });
        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = stranger });
        await Expect(row).ToContainTextAsync("不是任何单位登记的投稿地址");
        await host.ScreenshotAsync(page, "intake-list", fullPage: false);

        await row.GetByRole(AriaRole.Button, new() { Name = $"处理 投稿：{desk.OrgName}开展教师培训" }).ClickAsync();
        await page.Combobox("分给单位").SelectOptionAsync(new SelectOptionValue { Label = desk.OrgName });
        await page.Button("分配").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已分配" })).ToBeVisibleAsync();
        await Expect(page.GetByText("没有待分拣的邮件。")).ToBeVisibleAsync();

        await page.Link("去审稿").ClickAsync();
        await Expect(page.Heading($"{desk.OrgName}开展教师培训")).ToBeVisibleAsync();
        await Expect(page.GetByText($"发件人：{stranger}")).ToBeVisibleAsync();
        await Expect(page.GetByText($"邮件主题：投稿：{desk.OrgName}开展教师培训")).ToBeVisibleAsync();
        await host.ScreenshotAsync(page, "review-item-from-mail", fullPage: false);
        Assert.Empty(host.ScriptErrorsOf(page));

        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Contributor);
        await phone.GotoAsync("/console/mine");
        await phone.Link($"{desk.OrgName}开展教师培训").ClickAsync();
        await Expect(phone.GetByText($"发件人：{stranger}")).ToBeVisibleAsync();
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "mine-item-from-mail-phone", fullPage: true);
    }

    [Fact]
    public async Task a_pdf_waits_as_a_format_not_supported_and_the_editor_discards_it_with_a_reason()
    {
        var desk = await host.Admin.NewDeskAsync();
        await ConfigureAsync(desk);
        var address = $"{desk.OrgId}@163.com";
        await host.Admin.SendAsync(HttpMethod.Put, $"/api/orgs/{desk.OrgId}/senders", new { addresses = new[] { address } });
        _server.Deliver(Message(address, "投稿：见附件", "见附件", attachment: "简报.pdf"));
        await PollAsync(desk);

        var page = await host.NewPageAsync(phone: true);
        await page.SignInAsync(desk.Editor);
        await page.GotoAsync("/console/intake");
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        var row = page.GetByRole(AriaRole.Table, new() { Name = "待分拣邮件" }).GetByRole(AriaRole.Row).Filter(new() { HasText = address });
        await Expect(row).ToContainTextAsync("格式不支持，请发送 .docx 或正文");
        await Expect(row).ToContainTextAsync("简报.pdf");
        await row.GetByRole(AriaRole.Button, new() { Name = "处理 投稿：见附件" }).ClickAsync();
        await Expect(page.Button("分配")).ToHaveCountAsync(0);
        await page.Textbox("丢弃理由").FillAsync("已电话请联络员发送 .docx");
        await host.ScreenshotAsync(page, "intake-discard-phone", fullPage: true);
        await page.Button("丢弃").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已丢弃。" })).ToBeVisibleAsync();
        await Expect(page.GetByText("没有待分拣的邮件。")).ToBeVisibleAsync();
        Assert.Empty(host.ScriptErrorsOf(page));
    }

    private Task<HttpResponseMessage> ConfigureAsync(Desk desk) =>
        host.Admin.SendAsync(HttpMethod.Put, $"/api/series/{desk.SeriesId}/mailbox",
            new { host = "127.0.0.1", port = _server.Port, security = "none", user = _server.User, password = _server.Password, pollSeconds = 3600 });

    private Task<HttpResponseMessage> PollAsync(Desk desk) => host.Admin.SendAsync(HttpMethod.Post, $"/api/series/{desk.SeriesId}/mailbox/poll", new { });
}
