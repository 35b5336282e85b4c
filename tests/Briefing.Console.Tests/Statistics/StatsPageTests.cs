using System.Globalization;
using System.Text.Json;
using Briefing.Console.Tests.Assembling;
using Briefing.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Statistics;

/// <summary>
/// 采用统计 on the imported 第 41 期 (its items counted on its last day, 18 April 2025): the
/// chief editor sets the rules, an editor records a leader's instruction on a published item, and the
/// ranks, the charts and both downloads follow.
/// </summary>
[Collection(ConsoleDesk.Name)]
public sealed class StatsPageTests(ConsoleHost host)
{
    [Fact]
    public async Task the_chief_editor_scores_a_month_records_an_instruction_and_downloads_the_circular()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (seriesId, title, chief, editor) = ($"stats-{tag}", $"统计简报{tag}", $"总编辑{tag}", $"编辑{tag}");
        await host.Admin.SendAsync(HttpMethod.Post, "/api/series", new
        {
            id = seriesId,
            title,
            issuingUnit = SampleBriefing.IssuingUnit,
            sections = SampleDesk.SectionKeys.Select(section => new { key = section.Value, title = section.Key }),
            distribution = SampleBriefing.Distribution,
        });
        await host.Admin.CreateUserAsync(chief, "chief-editor");
        await host.Admin.CreateUserAsync(editor, "editor");
        var imported = await host.Admin.ImportAsync(seriesId, SampleBriefing.Markdown, 2025);
        var firstItem = imported.GetProperty("itemIds")[0].GetGuid();

        var page = await host.NewPageAsync();
        await page.SignInAsync(chief);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "采用统计", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = title });
        await page.GetByLabel("起始日期").FillAsync("2025-04-01");
        await page.GetByLabel("截止日期").FillAsync("2025-04-30");
        await Expect(page.Combobox("统计期间")).ToHaveValueAsync("custom");
        await page.GetByLabel("施行日期").FillAsync("2025-04-01");
        await page.GetByLabel("刊发每条（分）").FillAsync("10");
        await page.GetByLabel("批示分值（每行一个：级别=分值）").FillAsync("省部级=20\n市级=10");
        await page.Button("保存积分办法").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存积分办法第1版" })).ToBeVisibleAsync();
        await page.Button("统计").ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "单位排名" });
        var rows = table.Locator("tbody tr");
        var counted = await host.Admin.GetAsync<JsonElement>($"/api/stats/organisations?seriesId={seriesId}&from=2025-04-01&to=2025-04-30");
        var units = counted.GetProperty("rows").EnumerateArray().ToList();
        await Expect(rows).ToHaveCountAsync(units.Count);
        // Every unit's items were published on 18 April at 10 points an item.
        Assert.All(units, unit => Assert.Equal(unit.GetProperty("published").GetInt32() * 10, unit.GetProperty("points").GetInt32()));
        await Expect(rows.First.Locator("td").Last).ToHaveTextAsync(units[0].GetProperty("points").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^各单位积分") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^月度采用率：2025-04 100.0%") })).ToBeVisibleAsync();

        var instructing = await host.NewPageAsync();
        await instructing.SignInAsync(editor);
        await instructing.GotoAsync($"/console/review/{firstItem}");
        var orgId = (await host.Admin.GetAsync<JsonElement>($"/api/submissions/{firstItem}")).GetProperty("orgId").GetString();
        var firstUnit = units.Single(unit => unit.GetProperty("orgId").GetString() == orgId);
        await instructing.Textbox("批示领导").FillAsync("王副市长");
        await instructing.GetByRole(AriaRole.Combobox, new() { Name = "批示级别" }).FillAsync("省部级");
        await instructing.Textbox("批示内容").FillAsync("綦江区的做法值得推广。");
        await instructing.GetByLabel("批示日期").FillAsync("2025-04-21");
        await instructing.Button("登记批示").ClickAsync();
        await Expect(instructing.GetByRole(AriaRole.List, new() { Name = "批示列表" })).ToContainTextAsync("王副市长（省部级）2025-04-21批示");
        await host.ScreenshotAsync(instructing, "stats-instruction");

        await page.Button("统计").ClickAsync();
        var instructed = (firstUnit.GetProperty("points").GetInt32() + 20).ToString(CultureInfo.InvariantCulture);
        await Expect(rows.First.Locator("th")).ToHaveTextAsync(firstUnit.GetProperty("name").GetString()!);
        await Expect(rows.First.Locator("td").Last).ToHaveTextAsync(instructed);
        await Expect(rows.First.Locator("td").Nth(7)).ToHaveTextAsync("1");
        await host.ScreenshotAsync(page, "stats-page");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Link("下载 CSV").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await csv.PathAsync())).Where(line => line.Length > 0).ToList();
        Assert.Equal(units.Count + 1, lines.Count);
        Assert.StartsWith($"1,", lines[1], StringComparison.Ordinal);
        var circular = await page.RunAndWaitForDownloadAsync(() => page.Link("下载通报（Word）").ClickAsync());
        Assert.Equal($"{title}信息采用情况通报（2025-04-01至2025-04-30）.docx", circular.SuggestedFilename);
        Assert.Empty(host.ScriptErrorsOf(page));
        Assert.Empty(host.ScriptErrorsOf(instructing));
    }

    [Fact]
    public async Task an_auditor_reads_the_statistics_on_a_phone_without_the_rules_form()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var auditor = $"审计员{tag}";
        await host.Admin.CreateUserAsync(auditor, "auditor");
        await host.Admin.NewDeskAsync();
        var page = await host.NewPageAsync(phone: true);
        await page.SignInAsync(auditor);
        await page.GotoAsync("/console/stats");
        await page.Combobox("统计期间").SelectOptionAsync(new SelectOptionValue { Label = "上年度" });
        await page.Button("统计").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("：2025-01-01 至 2025-12-31$") })).ToBeVisibleAsync();
        await Expect(page.Heading("积分办法")).ToBeVisibleAsync();
        await Expect(page.Button("保存积分办法")).ToHaveCountAsync(0);
        Assert.True(await page.FitsWidthAsync(), "the statistics page is wider than the phone");
        await host.ScreenshotAsync(page, "stats-phone");
        Assert.Empty(host.ScriptErrorsOf(page));
    }
}
