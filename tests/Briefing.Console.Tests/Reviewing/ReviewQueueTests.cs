using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Reviewing;

[Collection(ConsoleDesk.Name)]
public sealed class ReviewQueueTests(ConsoleHost host)
{
    [Fact]
    public async Task the_queue_is_oldest_first_turns_newest_first_and_filters_by_status()
    {
        var desk = await host.Admin.NewDeskAsync();
        await SubmitAsync(desk, "甲校推进课后服务");
        var second = await SubmitAsync(desk, "乙区开展教师培训");
        await host.Admin.SendAsync(HttpMethod.Post, $"/api/review/items/{second}/claim", new { expectedVersion = 1 });

        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Editor);
        await page.GotoAsync("/console/review");
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        var headlines = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link);
        await Expect(headlines).ToHaveTextAsync(["甲校推进课后服务", "乙区开展教师培训"]);
        var claimed = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Link("乙区开展教师培训") });
        await Expect(claimed).ToContainTextAsync("审核中");
        await Expect(claimed).ToContainTextAsync("admin");

        await page.Combobox("排序").SelectOptionAsync(new SelectOptionValue { Label = "最新在前" });
        await Expect(headlines).ToHaveTextAsync(["乙区开展教师培训", "甲校推进课后服务"]);

        await page.Combobox("状态").SelectOptionAsync(new SelectOptionValue { Label = "已提交" });
        await Expect(headlines).ToHaveTextAsync(["甲校推进课后服务"]);
        await page.Combobox("状态").SelectOptionAsync(new SelectOptionValue { Label = "审核中" });
        await Expect(headlines).ToHaveTextAsync(["乙区开展教师培训"]);
    }

    [Fact]
    public async Task an_editor_can_review_on_a_phone_without_scrolling_sideways()
    {
        var desk = await host.Admin.NewDeskAsync();
        await SubmitAsync(desk, "甲校推进课后服务");
        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Editor);
        await phone.GotoAsync("/console/review");
        await phone.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await Expect(phone.Link("甲校推进课后服务")).ToBeVisibleAsync();
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "review-queue-phone");

        await phone.Link("甲校推进课后服务").ClickAsync();
        await phone.Button("认领").ClickAsync();
        await Expect(phone.GetByText($"认领人：{desk.Editor}")).ToBeVisibleAsync();
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "review-item-phone");
    }

    private async Task<Guid> SubmitAsync(Desk desk, string headline)
    {
        var response = await host.Admin.SendAsync(HttpMethod.Post, "/api/submissions",
            new { seriesId = desk.SeriesId, orgId = desk.OrgId, headline, body = headline + "，取得实效。" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
