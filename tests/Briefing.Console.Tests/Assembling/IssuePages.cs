using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Assembling;

/// <summary>Steps on the issues list and the assembly page, by role and accessible name, the keyboard's way where it matters.</summary>
public static class IssuePages
{
    public static async Task CreateIssueAsync(this IPage page, string seriesTitle, int number, string periodStart, string periodEnd)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "编排", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = seriesTitle });
        await page.Button("新建一期").ClickAsync();
        await page.Textbox("期号").FillAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Textbox("起始日期").FillAsync(periodStart);
        await page.Textbox("截止日期").FillAsync(periodEnd);
        await page.Button("创建").ClickAsync();
        await Expect(page.Heading($"{seriesTitle} 第{number}期")).ToBeVisibleAsync();
        await Expect(page.GetByText("状态：草稿")).ToBeVisibleAsync();
    }

    public static ILocator Pool(this IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "待编稿件", Exact = false });

    public static ILocator PoolEntry(this IPage page, string headline) =>
        page.Pool().GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByText(headline, new() { Exact = true }) });

    public static ILocator Section(this IPage page, string title) =>
        page.GetByRole(AriaRole.List, new() { Name = $"【{title}】", Exact = false });

    public static ILocator Placed(this IPage page, string headline) =>
        page.Locator("ol.placed > li").Filter(new() { Has = page.GetByText(headline, new() { Exact = true }) });

    /// <summary>Where a person grabs a placed item to drag it: its headline.</summary>
    public static ILocator Grip(this IPage page, string headline) => page.Placed(headline).GetByText(headline, new() { Exact = true }).First;

    /// <summary>Focuses the button and presses Enter, as a keyboard user does; waits for the page to say it is done.</summary>
    public static async Task PressAsync(this ILocator button, IPage page, string done)
    {
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = done })).ToBeVisibleAsync();
    }

    /// <summary>The headlines placed in a section, top to bottom.</summary>
    public static Task<IReadOnlyList<string>> HeadlinesInAsync(this IPage page, string title) =>
        page.Section(title).Locator("li strong").AllInnerTextsAsync();

    public static IFrameLocator PreviewFrame(this IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "预览", Exact = true }).FrameLocator("iframe");
}
