using System.Text.Json;
using Briefing.Console.Tests.Assembling;
using Briefing.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Searching;

[Collection(ConsoleDesk.Name)]
public sealed class SearchPageTests(ConsoleHost host)
{
    [Fact]
    public async Task an_editor_searches_from_any_page_sees_the_matches_marked_and_opens_the_item_and_its_issue()
    {
        var desk = await host.Admin.NewDeskAsync();
        var tag = desk.SeriesId[^8..];
        var placed = await SubmitAsync(desk, $"綦江区推进产教融合{tag}", $"綦江区召开产教融合推进会，编号 {tag}，校企双方签约。");
        await SubmitAsync(desk, $"綦江区{tag}", $"区教委调研职业教育，{tag} 号文件提出深化产教融合。");
        await PlaceInIssueOneAsync(desk, placed);

        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Editor);
        await page.GotoAsync("/console/issues");
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByRole(AriaRole.Textbox, new() { Name = "搜索", Exact = true }).FillAsync($"产教融合 {tag}");
        await search.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();

        var hits = page.GetByRole(AriaRole.List, new() { Name = "搜索结果" }).GetByRole(AriaRole.Listitem);
        await Expect(hits).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("共找到 2 篇稿件，按相关程度排列。");
        await Expect(hits.First.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"綦江区推进产教融合{tag}");
        await Expect(hits.First.Locator("mark")).ToHaveTextAsync(["产教融合", tag]);
        await Expect(hits.Nth(1).Locator("mark")).ToHaveTextAsync([tag, "产教融合"]);
        Assert.Empty(host.ScriptErrorsOf(page));
        await host.ScreenshotAsync(page, "search-results");

        await hits.First.GetByRole(AriaRole.Link, new() { Name = "第 1 期" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{host.BaseUrl}/console/issues/{desk.SeriesId}/1");
        await page.GoBackAsync();
        await page.Link($"綦江区推进产教融合{tag}").ClickAsync();
        await Expect(page).ToHaveURLAsync($"{host.BaseUrl}/console/review/{placed}");

        await page.GotoAsync($"/console/search?q={Uri.EscapeDataString("没有这个词" + tag)}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("没有找到包含这些词的稿件。");
    }

    [Fact]
    public async Task an_auditor_searches_too_and_a_contributor_has_no_search_box()
    {
        var desk = await host.Admin.NewDeskAsync();
        var tag = desk.SeriesId[^8..];
        await SubmitAsync(desk, $"綦江区{tag}", $"綦江区开展校企合作，编号 {tag}。");
        var auditor = $"审计员{tag}";
        await host.Admin.CreateUserAsync(auditor, "auditor");

        var page = await host.NewPageAsync();
        await page.SignInAsync(auditor);
        await page.GotoAsync("/console/audit");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Textbox, new() { Name = "搜索", Exact = true }).FillAsync($"校企 {tag}");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "搜索结果" }).Locator("mark")).ToHaveTextAsync(["校企", tag]);

        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Contributor);
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Search)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task the_item_page_shows_similar_items_side_by_side_and_the_queue_marks_the_duplicate()
    {
        var desk = await host.Admin.NewDeskAsync();
        var tag = desk.SeriesId[^8..];
        var sample = SampleBriefing.Items[0];
        var first = await SubmitAsync(desk, $"重庆移通学院{tag}", sample.Body);
        var copyBody = "近日，区教委参加了此次活动。" + string.Join("，", sample.Body.Split('，').Select((clause, i) => i % 4 == 2 ? "有关负责人介绍了相关情况" : clause));
        await SubmitAsync(desk, $"綦江区{tag}", copyBody);

        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Editor);
        await page.GotoAsync("/console/review");
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        var copyRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Link($"綦江区{tag}") });
        await Expect(copyRow).ToContainTextAsync("疑似重复");

        await page.Link($"綦江区{tag}").ClickAsync();
        var similar = page.GetByRole(AriaRole.Region, new() { Name = "相似稿件" });
        var original = similar.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.Link($"重庆移通学院{tag}") });
        await Expect(original).ToContainTextAsync("相似度");
        await original.GetByRole(AriaRole.Button, new() { Name = "对照" }).ClickAsync();
        var sideBySide = original.GetByRole(AriaRole.Group, new() { Name = "两稿对照" });
        await Expect(sideBySide.Locator("ins", new() { HasText = "区教委参加了此次活动" })).ToBeVisibleAsync();
        await Expect(sideBySide.Locator("del").First).ToBeVisibleAsync();
        Assert.Empty(host.ScriptErrorsOf(page));
        await host.ScreenshotAsync(page, "review-item-similar");

        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Editor);
        await phone.GotoAsync($"/console/review/{first}");
        await phone.GetByRole(AriaRole.Region, new() { Name = "相似稿件" }).GetByRole(AriaRole.Button, new() { Name = "对照" }).First.ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Group, new() { Name = "两稿对照" })).ToBeVisibleAsync();
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "review-item-similar-phone");
    }

    private async Task<Guid> SubmitAsync(Desk desk, string headline, string body) =>
        (await host.Admin.ReadAsync(HttpMethod.Post, "/api/submissions", new { seriesId = desk.SeriesId, orgId = desk.OrgId, section = "district", headline, body }))
            .GetProperty("id").GetGuid();

    private async Task PlaceInIssueOneAsync(Desk desk, Guid item)
    {
        var claimed = await host.Admin.ReadAsync(HttpMethod.Post, $"/api/review/items/{item}/claim", new { expectedVersion = 1 });
        await host.Admin.SendAsync(HttpMethod.Post, $"/api/review/items/{item}/accept", new { section = "district", expectedVersion = claimed.GetProperty("version").GetInt64() });
        var issue = await host.Admin.ReadAsync(HttpMethod.Post, $"/api/series/{desk.SeriesId}/issues", new { number = 1, periodStart = "2025-04-14", periodEnd = "2025-04-18" });
        await host.Admin.SendAsync(HttpMethod.Post, $"/api/series/{desk.SeriesId}/issues/1/items", new { itemId = item, expectedVersion = issue.GetProperty("version").GetInt64() });
    }
}
