using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Auditing;

[Collection(ConsoleDesk.Name)]
public sealed class SignInRecordTests(ConsoleHost host)
{
    [Fact]
    public async Task an_auditor_finds_a_failed_sign_in_by_name_and_outcome_and_exports_the_record()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var auditor = $"审计员{tag}";
        var someone = $"联络员{tag}";
        await host.Admin.CreateUserAsync(auditor, "auditor");
        await host.Admin.CreateUserAsync(someone, "editor");
        var stranger = await host.NewPageAsync();
        await stranger.GotoAsync("/console/login");
        await stranger.Textbox("用户名").FillAsync(someone);
        await stranger.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await stranger.Button("登录").ClickAsync();
        await Expect(stranger.Alert()).ToBeVisibleAsync();

        var page = await host.NewPageAsync();
        await page.SignInAsync(auditor);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审计", Exact = true }).ClickAsync();
        await page.Link("登录记录").ClickAsync();
        var record = page.GetByRole(AriaRole.Table, new() { Name = "登录记录" });
        await Expect(record.GetByRole(AriaRole.Row).Filter(new() { HasText = auditor })).ToContainTextAsync("登录成功");

        await page.Textbox("用户名").FillAsync(someone);
        await page.Combobox("结果").SelectOptionAsync(new SelectOptionValue { Label = "登录失败" });
        await page.Button("筛选").ClickAsync();
        var rows = record.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("密码错误");
        await Expect(rows.First).ToContainTextAsync("127.0.0.1");
        await host.ScreenshotAsync(page, "audit-sign-ins", fullPage: false);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Link("导出 CSV").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await csv.PathAsync())).Where(line => line.Length > 0).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(someone, lines[1], StringComparison.Ordinal);
        Assert.Empty(host.ScriptErrorsOf(page));
    }
}
