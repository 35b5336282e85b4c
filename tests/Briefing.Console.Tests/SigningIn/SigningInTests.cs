using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.SigningIn;

[Collection(ConsoleDesk.Name)]
public sealed class SigningInTests(ConsoleHost host)
{
    [Fact]
    public async Task a_person_signs_in_sees_their_name_and_signs_out()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/console/review");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/login"));
        await host.ScreenshotAsync(page, "login");

        await page.Textbox("用户名").FillAsync(desk.Editor);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(AdminApi.Password);
        await page.Button("登录").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByText(desk.Editor, new() { Exact = true })).ToBeVisibleAsync();
        // Back where they were going before signing in.
        await Expect(page.Heading("审稿")).ToBeVisibleAsync();
        await host.ScreenshotAsync(page, "review-queue-empty");

        await page.Button("退出").ClickAsync();
        await Expect(page.Button("登录")).ToBeVisibleAsync();
        await page.GotoAsync("/console");
        await Expect(page.Button("登录")).ToBeVisibleAsync();
        Assert.Equal(401, await page.EvaluateAsync<int>("async () => (await fetch('/api/session')).status"));
    }

    [Fact]
    public async Task a_session_ended_elsewhere_sends_the_page_back_to_sign_in()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Contributor);
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/console");
        await other.Button("退出").ClickAsync();
        await Expect(other.Button("登录")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "我的稿件", Exact = true }).ClickAsync();

        await Expect(page.Button("登录")).ToBeVisibleAsync();
        await page.Textbox("用户名").FillAsync(desk.Contributor);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(AdminApi.Password);
        await page.Button("登录").ClickAsync();
        await Expect(page.Heading("我的稿件")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task the_keyboard_alone_signs_in()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/console/login");
        await Expect(page.Heading("登录简报工作台")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Textbox("用户名")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(desk.Contributor);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(AdminApi.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Button("退出")).ToBeVisibleAsync();
        await Expect(page.Heading($"你好，{desk.Contributor}")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task a_wrong_password_and_an_unknown_name_get_the_same_alert()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/console/login");

        await page.Textbox("用户名").FillAsync(desk.Contributor);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await page.Button("登录").ClickAsync();
        await Expect(page.Alert()).ToContainTextAsync("用户名或密码不正确");
        var wrongPassword = await page.Alert().InnerTextAsync();
        await Expect(page.Button("退出")).Not.ToBeVisibleAsync();

        await page.Textbox("用户名").FillAsync("nobody-" + desk.OrgId);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await page.Button("登录").ClickAsync();
        await Expect(page.Alert()).ToHaveTextAsync(wrongPassword);
        await host.ScreenshotAsync(page, "login-failed");
    }

    [Fact]
    public async Task a_state_changing_call_without_the_csrf_header_is_refused()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Contributor);
        var submit = $$"""
            async (withToken) => {
              const headers = { 'Content-Type': 'application/json' };
              if (withToken) headers['X-CSRF-Token'] = (await (await fetch('/api/session')).json()).csrfToken;
              const response = await fetch('/api/submissions', { method: 'POST', headers, body: JSON.stringify({ seriesId: '{{desk.SeriesId}}', body: '试一试。' }) });
              return response.status;
            }
            """;

        Assert.Equal(403, await page.EvaluateAsync<int>(submit, false));
        Assert.Equal(201, await page.EvaluateAsync<int>(submit, true));
    }

    [Fact]
    public async Task a_person_changes_their_password_and_signs_in_with_the_new_one()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Contributor);
        await page.Link("修改密码").First.ClickAsync();

        await page.GetByLabel("当前密码").FillAsync("wrong-current-pw");
        await page.GetByLabel("新密码").FillAsync("a-new-password-1");
        await page.Button("保存").ClickAsync();
        await Expect(page.Alert()).ToBeVisibleAsync();

        await page.GetByLabel("当前密码").FillAsync(AdminApi.Password);
        await page.GetByLabel("新密码").FillAsync("a-new-password-1");
        await page.Button("保存").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已修改");
        await host.ScreenshotAsync(page, "password");

        var again = await host.NewPageAsync();
        await again.GotoAsync("/console/login");
        await again.Textbox("用户名").FillAsync(desk.Contributor);
        await again.GetByLabel("密码", new() { Exact = true }).FillAsync(AdminApi.Password);
        await again.Button("登录").ClickAsync();
        await Expect(again.Alert()).ToContainTextAsync("用户名或密码不正确");
        await again.SignInAsync(desk.Contributor, "a-new-password-1");
    }
}
