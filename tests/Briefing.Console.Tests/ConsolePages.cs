using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests;

/// <summary>Steps a person takes, by role and accessible name (../shared/CONSOLE.md).</summary>
public static class ConsolePages
{
    public static ILocator Button(this IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Textbox(this IPage page, string name) => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    public static ILocator Combobox(this IPage page, string name) => page.GetByRole(AriaRole.Combobox, new() { Name = name, Exact = true });

    public static ILocator Link(this IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static ILocator Heading(this IPage page, string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });

    public static ILocator Alert(this IPage page) => page.GetByRole(AriaRole.Alert);

    public static async Task SignInAsync(this IPage page, string name, string password = AdminApi.Password)
    {
        await page.GotoAsync("/console/login");
        await page.Textbox("用户名").FillAsync(name);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.Button("登录").ClickAsync();
        await Expect(page.Button("退出")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByText(name, new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>True when the page is no wider than its window (nothing to scroll sideways).</summary>
    public static Task<bool> FitsWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
