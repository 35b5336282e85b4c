using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Assembling;

[Collection(ConsoleDesk.Name)]
public sealed class TwoEditorsTests(ConsoleHost host)
{
    private const string Qijiang = "綦江区";
    private const string Southwest = "西南大学";
    private const string Jiaotong = "重庆交通大学";
    private const string Gongshang = "重庆工商大学";

    [Fact]
    public async Task a_stale_page_gets_the_conflict_reloads_with_the_other_editors_changes_shown_and_nothing_is_lost()
    {
        var desk = await SampleDesk.CreateAsync(host.Admin, count: 4);
        var first = await host.NewPageAsync();
        await first.SignInAsync(desk.Editor);
        await first.CreateIssueAsync(desk.SeriesTitle, 7, "2025-04-14", "2025-04-18");
        foreach (var headline in new[] { Qijiang, Southwest, Jiaotong })
        {
            await first.PoolEntry(headline).GetByRole(AriaRole.Button, new() { Name = "编入", Exact = true }).PressAsync(first, $"已编入“{headline}”");
        }

        var second = await host.NewPageAsync();
        await second.SignInAsync(desk.SecondEditor);
        await second.GotoAsync($"/console/issues/{desk.SeriesId}/7");
        await Expect(second.Placed(Jiaotong)).ToBeVisibleAsync();

        await first.Placed(Jiaotong).GetByRole(AriaRole.Button, new() { Name = "上移", Exact = true }).PressAsync(first, $"已把“{Jiaotong}”移到【高校动态】第 1 篇");
        await first.Textbox("编者按").FillAsync("第一位编辑写的编者按。");
        await first.Button("保存编者按").PressAsync(first, "编者按已保存。");

        // The second editor's page still shows the old order: their removal is refused, not applied over the first editor's work.
        await second.Textbox("编者按").FillAsync("第二位编辑的草稿。");
        await second.Placed(Southwest).GetByRole(AriaRole.Button, new() { Name = "移出", Exact = true }).ClickAsync();
        await Expect(second.Alert()).ToContainTextAsync("内容已被他人修改，请重新加载后再操作");
        await Expect(second.Placed(Southwest)).ToBeVisibleAsync();
        await host.ScreenshotAsync(second, "issue-conflict", fullPage: false);
        await second.Alert().GetByRole(AriaRole.Button, new() { Name = "重新加载", Exact = true }).ClickAsync();

        var others = second.GetByRole(AriaRole.Region, new() { Name = "已重新加载：他人的修改" });
        // Two items swapped places: the page names one of them as moved, and marks it.
        await Expect(others).ToContainTextAsync("在高校动态中的位置");
        await Expect(others).ToContainTextAsync("修改了编者按");
        await Expect(second.Locator("ol.placed > li").Filter(new() { HasText = "他人刚修改" })).ToHaveCountAsync(1);
        Assert.Equal([Jiaotong, Southwest], await second.HeadlinesInAsync("高校动态"));
        // Their own unsaved note is kept, with a word that the saved one changed under it.
        await Expect(second.Textbox("编者按")).ToHaveValueAsync("第二位编辑的草稿。");
        await Expect(second.GetByText("编者按已被他人修改")).ToBeVisibleAsync();
        await host.ScreenshotAsync(second, "issue-conflict-reloaded", fullPage: false);

        await second.Placed(Southwest).GetByRole(AriaRole.Button, new() { Name = "移出", Exact = true }).PressAsync(second, $"已把“{Southwest}”移出本期");
        var issue = await host.Admin.GetAsync<JsonElement>($"/api/series/{desk.SeriesId}/issues/7");
        Assert.Equal("第一位编辑写的编者按。", issue.GetProperty("editorNote").GetString());
        Assert.Equal([Jiaotong], Headlines(issue, "university"));
        Assert.Equal([Qijiang], Headlines(issue, "district"));
        await Expect(second.PoolEntry(Southwest)).ToBeVisibleAsync();
        Assert.Empty(host.ScriptErrorsOf(first));
        Assert.Empty(host.ScriptErrorsOf(second));
    }

    [Fact]
    public async Task items_are_dragged_from_the_pool_to_a_place_within_and_across_sections_and_back_to_the_pool()
    {
        var desk = await SampleDesk.CreateAsync(host.Admin, count: 4);
        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Editor);
        await page.CreateIssueAsync(desk.SeriesTitle, 3, "2025-04-14", "2025-04-18");

        await page.PoolEntry(Southwest).DragToAsync(page.Section("高校动态").Locator("xpath=following-sibling::p[1]"));
        await Expect(page.Placed(Southwest)).ToBeVisibleAsync();
        await page.PoolEntry(Gongshang).DragToAsync(page.Placed(Southwest));
        await Expect(page.Placed(Gongshang)).ToBeVisibleAsync();
        Assert.Equal([Gongshang, Southwest], await page.HeadlinesInAsync("高校动态"));

        await page.Grip(Southwest).DragToAsync(page.Placed(Gongshang));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已把“{Southwest}”移到【高校动态】第 1 篇" })).ToBeVisibleAsync();
        Assert.Equal([Southwest, Gongshang], await page.HeadlinesInAsync("高校动态"));

        await page.Grip(Gongshang).DragToAsync(page.Section("区县动态").Locator("xpath=following-sibling::p[1]"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已把“{Gongshang}”移到【区县动态】第 1 篇" })).ToBeVisibleAsync();
        Assert.Equal([Gongshang], await page.HeadlinesInAsync("区县动态"));

        await page.Grip(Southwest).DragToAsync(page.Pool());
        await Expect(page.PoolEntry(Southwest)).ToBeVisibleAsync();
        await Expect(page.Placed(Southwest)).ToHaveCountAsync(0);
        var issue = await host.Admin.GetAsync<JsonElement>($"/api/series/{desk.SeriesId}/issues/3");
        Assert.Equal([Gongshang], Headlines(issue, "district"));
        Assert.Empty(Headlines(issue, "university"));
        Assert.Empty(host.ScriptErrorsOf(page));

        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Editor);
        await phone.GotoAsync($"/console/issues/{desk.SeriesId}/3");
        await Expect(phone.Placed(Gongshang)).ToBeVisibleAsync();
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "issue-phone");
    }

    private static List<string> Headlines(JsonElement issue, string section) =>
        issue.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == section)
            .GetProperty("items").EnumerateArray().Select(item => item.GetProperty("headline").GetString()!).ToList();
}
