using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Submitting;

[Collection(ConsoleDesk.Name)]
public sealed class SubmittingTests(ConsoleHost host)
{
    [Fact]
    public async Task a_contributor_submits_from_a_phone_and_finds_it_in_their_items_in_beijing_time()
    {
        var desk = await host.Admin.NewDeskAsync();
        // The phone is set to New York: times still show in Asia/Shanghai, the series' time zone.
        var page = await host.NewPageAsync(phone: true, timezone: "America/New_York");
        await page.SignInAsync(desk.Contributor);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "投稿", Exact = true }).ClickAsync();

        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await page.Combobox("栏目").SelectOptionAsync(new SelectOptionValue { Label = "区县动态" });
        await page.Textbox("标题").FillAsync(new string('长', 201));
        await Expect(page.GetByText("标题超出 1 个字符")).ToBeVisibleAsync();
        await page.Textbox("标题").FillAsync("綦江区召开产教融合推进会");
        await Expect(page.GetByText("标题超出")).Not.ToBeVisibleAsync();
        await page.Textbox("正文").FillAsync("4月16日，綦江区召开产教融合推进会，部署下一阶段工作。");
        await Expect(page.GetByText("28 / 20000")).ToBeVisibleAsync();
        Assert.True(await page.FitsWidthAsync());
        await host.ScreenshotAsync(page, "submit-phone");
        await page.Button("提交").ClickAsync();

        await Expect(page.Heading("已提交")).ToBeVisibleAsync();
        await Expect(page.GetByText("4月16日，綦江区召开产教融合推进会")).ToBeVisibleAsync();
        Assert.True(await page.FitsWidthAsync());
        await host.ScreenshotAsync(page, "submitted-phone");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "我的稿件", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Link("綦江区召开产教融合推进会") });
        await Expect(row).ToContainTextAsync(desk.SeriesTitle);
        await Expect(row).ToContainTextAsync("已提交");
        var submittedAt = await SubmittedAtAsync(desk.SeriesId);
        await Expect(row).ToContainTextAsync(TimeZoneInfo.ConvertTime(submittedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.True(await page.FitsWidthAsync());
        await host.ScreenshotAsync(page, "mine-phone");
    }

    [Fact]
    public async Task a_contributor_withdraws_an_item_after_confirming()
    {
        var desk = await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync(phone: true);
        await page.SignInAsync(desk.Contributor);
        await page.GotoAsync("/console/submit");
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await page.Textbox("正文").FillAsync("綦江区开展教师培训。");
        await page.Button("提交").ClickAsync();
        await page.Link("查看这篇稿件").ClickAsync();

        await page.Button("撤回稿件").ClickAsync();
        await page.Button("取消").ClickAsync();
        await Expect(page.GetByText("状态：已提交")).ToBeVisibleAsync();
        await page.Button("撤回稿件").ClickAsync();
        await page.Button("确认撤回").ClickAsync();
        await Expect(page.GetByText("状态：已撤回")).ToBeVisibleAsync();
        await Expect(page.Button("撤回稿件")).Not.ToBeVisibleAsync();
        await Expect(page.Button("重新提交")).Not.ToBeVisibleAsync();
        // The headline defaults to the organisation's name.
        await Expect(page.Heading(desk.OrgName)).ToBeVisibleAsync();
    }

    private async Task<DateTimeOffset> SubmittedAtAsync(string seriesId)
    {
        var page = await host.Admin.GetAsync<JsonElement>($"/api/submissions?seriesId={seriesId}");
        return page.GetProperty("items")[0].GetProperty("submittedAt").GetDateTimeOffset();
    }
}
