using System.Globalization;
using System.Text.Json;
using Briefing.Console.Tests.Assembling;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Auditing;

[Collection(ConsoleDesk.Name)]
public sealed class TimeMachineTests(ConsoleHost host)
{
    private const int Number = 5;
    private const string FirstEdit = "第一处修改：补充参会人数。";
    private const string SecondEdit = "第二处修改：补充会议时间。";
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// An auditor, in the console only: the issue as it stood between two edits (by the slider and by a
    /// typed instant), who made each revision, the diff, and whether the published text is what the events say.
    /// </summary>
    [Fact]
    public async Task an_auditor_scrubs_an_issue_finds_the_text_between_two_edits_diffs_them_and_sees_tampering()
    {
        var (desk, edited) = await PublishedWithTwoEditsAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(desk.Auditor);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审计", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.Sample.SeriesTitle });
        await page.Combobox("期号").SelectOptionAsync(new SelectOptionValue { Label = $"第{Number}期" });
        await page.Button("查看").ClickAsync();

        var printed = page.GetByRole(AriaRole.Article, new() { Name = "当时的版面" });
        var slider = page.GetByRole(AriaRole.Slider);
        await Expect(printed).ToContainTextAsync(SecondEdit);
        await slider.FocusAsync();
        // Scrubbing back from the end: the stop before the second edit reached the issue shows the first edit's text...
        await ScrubLeftUntilAsync(page, async () => !(await printed.InnerTextAsync()).Contains(SecondEdit, StringComparison.Ordinal));
        await Expect(printed).ToContainTextAsync(FirstEdit);
        // ...and further back, the stop where it arrived marks it as inserted, naming who and which item.
        await ScrubLeftUntilAsync(page, async () => await printed.Locator("ins").CountAsync() > 0);
        await Expect(printed.Locator("ins")).ToHaveTextAsync(FirstEdit);
        await Expect(page.Locator(".stop-now")).ToContainTextAsync($"{desk.Editor} · ");
        await Expect(page.Locator(".stop-now")).ToContainTextAsync($"“{edited.Headline}”");
        await host.ScreenshotAsync(page, "audit-time-machine", fullPage: false);

        // "What did it look like at that second?": typed in Beijing time, to the second.
        await page.Keyboard.PressAsync("End");
        await Expect(printed).ToContainTextAsync(SecondEdit);
        await page.GetByLabel("时间点").FillAsync(desk.FirstEditAt);
        await page.Button("回放").ClickAsync();
        await Expect(printed).ToContainTextAsync(FirstEdit);
        await Expect(printed).Not.ToContainTextAsync(SecondEdit);

        var history = page.GetByRole(AriaRole.Table, new() { Name = "历史记录" });
        await Expect(history).ToContainTextAsync("编辑修改稿件：第二次修改");
        await Expect(history).ToContainTextAsync("发布本期");
        await page.Combobox("稿件").First.SelectOptionAsync(new SelectOptionValue { Label = edited.Headline });
        await page.Button("筛选").ClickAsync();
        await Expect(history).Not.ToContainTextAsync("发布本期");
        await Expect(history).ToContainTextAsync("编辑修改稿件：第一次修改");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Link("导出 CSV").ClickAsync());
        var rows = await File.ReadAllLinesAsync(await csv.PathAsync());
        Assert.StartsWith("sequence,timestamp,actorId,actorName,module,itemId,eventType,summary,data", rows[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(rows, row => row.Contains("第一次修改", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains("issue_published", StringComparison.Ordinal));

        var revisions = page.GetByRole(AriaRole.Region, new() { Name = "稿件的修改记录" });
        await revisions.GetByRole(AriaRole.Combobox, new() { Name = "稿件", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = edited.Headline });
        await Expect(revisions.GetByRole(AriaRole.List, new() { Name = "修改记录" })).ToContainTextAsync($"第 2 版 · {desk.Editor}");
        await revisions.GetByRole(AriaRole.Combobox, new() { Name = "从", Exact = true }).SelectOptionAsync("1");
        await revisions.GetByRole(AriaRole.Combobox, new() { Name = "到", Exact = true }).SelectOptionAsync("2");
        await revisions.GetByRole(AriaRole.Button, new() { Name = "比较", Exact = true }).ClickAsync();
        await Expect(revisions.Locator("ins")).ToHaveTextAsync(FirstEdit);
        await Expect(revisions).ToContainTextAsync("第一次修改");

        var verify = page.GetByRole(AriaRole.Region, new() { Name = "校验", Exact = true });
        await verify.GetByRole(AriaRole.Button, new() { Name = "校验", Exact = true }).ClickAsync();
        await Expect(verify.GetByRole(AriaRole.Status).Locator("strong")).ToHaveTextAsync("一致");

        await TamperAsync(FirstEdit, "第一处篡改：参会人数改过。");
        await verify.GetByRole(AriaRole.Button, new() { Name = "校验", Exact = true }).ClickAsync();
        await Expect(verify.GetByRole(AriaRole.Status).Locator("strong")).ToHaveTextAsync("不一致");
        await Expect(verify.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{edited.Headline}”");
        await Expect(verify.GetByRole(AriaRole.Status)).ToContainTextAsync("审稿");
        await host.ScreenshotAsync(page, "audit-verify-broken");
        Assert.Empty(host.ScriptErrorsOf(page));
    }

    /// <summary>Presses ← one event at a time, waiting for each stop to show, until the condition holds.</summary>
    private static async Task ScrubLeftUntilAsync(IPage page, Func<Task<bool>> condition)
    {
        var slider = page.GetByRole(AriaRole.Slider);
        var printed = page.GetByRole(AriaRole.Article, new() { Name = "当时的版面" });
        for (var step = 0; step < 300; step++)
        {
            await Expect(printed).ToHaveAttributeAsync("data-stop", await slider.InputValueAsync());
            if (await condition())
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowLeft");
        }

        Assert.Fail("No stop of the slider met the condition.");
    }

    private async Task<(AuditDesk Desk, AcceptedItem Edited)> PublishedWithTwoEditsAsync()
    {
        var sample = await SampleDesk.CreateAsync(host.Admin, count: 3);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var auditor = $"审计员{tag}";
        await host.Admin.CreateUserAsync(auditor, "auditor");
        using var chief = await host.Admin.AsNewUserAsync($"签发人{tag}", "chief-editor");
        var editorName = $"改稿编辑{tag}";
        using var editor = await host.Admin.AsNewUserAsync(editorName, "editor");
        var issue = $"/api/series/{sample.SeriesId}/issues/{Number}";
        await host.Admin.SendAsync(HttpMethod.Post, $"/api/series/{sample.SeriesId}/issues", new { number = Number, periodStart = "2025-04-14", periodEnd = "2025-04-18" });
        var version = (await host.Admin.GetAsync<JsonElement>(issue)).GetProperty("version").GetInt64();
        foreach (var item in sample.Items)
        {
            version = (await host.Admin.ReadAsync(HttpMethod.Post, $"{issue}/items", new { itemId = item.Id, expectedVersion = version })).GetProperty("version").GetInt64();
        }

        var edited = sample.Items[0];
        var firstAt = await EditAsync(editor, edited, edited.Body + FirstEdit, "第一次修改");
        // The two edits fall in different seconds, so an instant typed to the second can stand between them.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await EditAsync(editor, edited, edited.Body + FirstEdit + SecondEdit, "第二次修改");
        version = (await chief.GetAsync<JsonElement>(issue)).GetProperty("version").GetInt64();
        version = (await chief.ReadAsync(HttpMethod.Post, $"{issue}/sign-off", new { expectedVersion = version })).GetProperty("version").GetInt64();
        await chief.SendAsync(HttpMethod.Post, $"{issue}/publish", new { expectedVersion = version });
        var beijing = TimeZoneInfo.ConvertTime(firstAt, Beijing);
        return (new AuditDesk(sample, auditor, editorName, beijing.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)), edited);
    }

    /// <summary>An editor's edit through the API; the instant it was recorded, from the item's revisions.</summary>
    private static async Task<DateTimeOffset> EditAsync(AdminApi editor, AcceptedItem item, string body, string note)
    {
        var review = await editor.GetAsync<JsonElement>($"/api/review/items/{item.Id}");
        await editor.SendAsync(HttpMethod.Post, $"/api/review/items/{item.Id}/edits", new { body, note, expectedVersion = review.GetProperty("version").GetInt64() });
        var revisions = await editor.GetAsync<JsonElement>($"/api/audit/items/{item.Id}/revisions");
        return revisions.EnumerateArray().Last().GetProperty("at").GetDateTimeOffset();
    }

    /// <summary>Rewrites the stored edit behind the application's back, as someone with database access could.</summary>
    private async Task TamperAsync(string stored, string forged)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "update events.mt_events set data = replace(data::text, @stored, @forged)::jsonb where type = 'review_edited' and data::text like '%' || @stored || '%' and data::text not like '%' || @second || '%'", connection);
        command.Parameters.AddWithValue("stored", stored);
        command.Parameters.AddWithValue("forged", forged);
        command.Parameters.AddWithValue("second", SecondEdit);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private sealed record AuditDesk(SampleDesk Sample, string Auditor, string Editor, string FirstEditAt);
}
