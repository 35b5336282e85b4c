using System.Net.Http.Headers;
using System.Text.Json;
using Briefing.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Assembling;

[Collection(ConsoleDesk.Name)]
public sealed class SampleIssueTests(ConsoleHost host)
{
    private const string Misfiled = "西南大学";
    private const string Second = "重庆交通大学";
    private const string Third = "重庆工商大学";

    /// <summary>
    /// 第 41 期 from its 25 accepted items, by keyboard alone: 西南大学 was accepted into the wrong section
    /// and goes back by 移至 and 上移; two items placed the wrong way round are put right with 下移.
    /// </summary>
    [Fact]
    public async Task the_sample_issue_is_assembled_by_keyboard_previewed_signed_off_published_corrected_and_downloaded()
    {
        var desk = await SampleDesk.CreateAsync(host.Admin, acceptedInto: new Dictionary<string, string> { [Misfiled] = "district" });
        var editor = await host.NewPageAsync();
        await editor.SignInAsync(desk.Editor);
        await editor.CreateIssueAsync(desk.SeriesTitle, 41, "2025-04-14", "2025-04-18");
        await Expect(editor.Pool().GetByRole(AriaRole.Heading)).ToHaveTextAsync("待编稿件（25 篇）");

        var order = desk.Items.Select(item => item.Headline).ToList();
        (order[2], order[3]) = (order[3], order[2]);
        foreach (var headline in order)
        {
            await editor.PoolEntry(headline).GetByRole(AriaRole.Button, new() { Name = "编入", Exact = true }).PressAsync(editor, $"已编入“{headline}”");
        }

        await Expect(editor.Pool().GetByRole(AriaRole.Heading)).ToHaveTextAsync("待编稿件（0 篇）");
        Assert.Equal(["綦江区", Misfiled], await editor.HeadlinesInAsync("区县动态"));

        var misfiled = editor.Placed(Misfiled);
        await misfiled.GetByRole(AriaRole.Combobox, new() { Name = "移至栏目" }).SelectOptionAsync(new SelectOptionValue { Label = "高校动态" });
        await misfiled.GetByRole(AriaRole.Button, new() { Name = "移至", Exact = true }).PressAsync(editor, $"已把“{Misfiled}”移到【高校动态】第 22 篇");
        // Focus stays on the moved item's 上移, so a keyboard user presses Enter until it is first.
        for (var position = 21; position >= 1; position--)
        {
            await Expect(misfiled.GetByRole(AriaRole.Button, new() { Name = "上移", Exact = true })).ToBeFocusedAsync();
            await editor.Keyboard.PressAsync("Enter");
            await Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已把“{Misfiled}”移到【高校动态】第 {position} 篇" })).ToBeVisibleAsync();
        }

        await editor.Placed(Third).GetByRole(AriaRole.Button, new() { Name = "下移", Exact = true }).PressAsync(editor, $"已把“{Third}”移到【高校动态】第 3 篇");
        await Expect(editor.Placed(Third).GetByRole(AriaRole.Button, new() { Name = "下移", Exact = true })).ToBeFocusedAsync();

        var expected = desk.Items.GroupBy(item => item.Section).ToDictionary(group => group.Key, group => group.Select(item => item.Headline).ToList());
        Assert.Equal(expected["district"], await editor.HeadlinesInAsync("区县动态"));
        Assert.Equal(expected["university"], await editor.HeadlinesInAsync("高校动态"));
        Assert.Equal(expected["recent-work"], await editor.HeadlinesInAsync("近期工作"));
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "【高校动态】" })).ToContainTextAsync($"{expected["university"].Count} 篇");

        await editor.Textbox("编者按").FillAsync("本期刊发区县和高校产学研动态。");
        await editor.Button("保存编者按").PressAsync(editor, "编者按已保存。");
        await ExpectPreviewIsTheRenderAsync(editor, desk, "本期刊发区县和高校产学研动态。");
        await editor.Placed(Misfiled).GetByRole(AriaRole.Button, new() { Name = "下移", Exact = true }).FocusAsync();
        await editor.EvaluateAsync("() => window.scrollTo(0, 0)");
        await host.ScreenshotAsync(editor, "issue-assembly", fullPage: false);

        var chief = await host.NewPageAsync();
        await chief.SignInAsync(desk.Chief);
        await chief.GotoAsync($"/console/issues?series={desk.SeriesId}");
        await chief.Link("第41期").ClickAsync();
        await chief.Button("签发").PressAsync(chief, "已签发。");
        await Expect(chief.GetByText("状态：已签发")).ToBeVisibleAsync();
        var signedOff = await host.Admin.GetAsync<JsonElement>($"/api/series/{desk.SeriesId}/issues/41");
        await Expect(chief.GetByLabel("签发内容哈希")).ToHaveTextAsync(signedOff.GetProperty("signedOffHash").GetString()!);
        Assert.Equal(0, await chief.Button("上移").CountAsync());

        // An editor polishes a placed item after sign-off: the sign-off is void, and the page says why.
        var polished = desk.Item(Second);
        var review = await host.Admin.GetAsync<JsonElement>($"/api/review/items/{polished.Id}");
        await host.Admin.SendAsync(HttpMethod.Post, $"/api/review/items/{polished.Id}/edits",
            new { body = polished.Body + "（已核实）", note = "补核实", expectedVersion = review.GetProperty("version").GetInt64() });
        await chief.ReloadAsync();
        await Expect(chief.GetByText("状态：草稿")).ToBeVisibleAsync();
        await Expect(chief.GetByRole(AriaRole.Note)).ToContainTextAsync($"签发已作废：签发后修改了稿件“{Second}”。");
        await Expect(chief.GetByRole(AriaRole.Note)).ToContainTextAsync(signedOff.GetProperty("signedOffHash").GetString()!);

        await chief.Button("签发").PressAsync(chief, "已签发。");
        await chief.Button("发布").PressAsync(chief, "已发布。");
        await Expect(chief.GetByText("状态：已刊发")).ToBeVisibleAsync();
        var published = await host.Admin.GetAsync<JsonElement>($"/api/series/{desk.SeriesId}/issues/41");
        await Expect(chief.GetByLabel("发布内容哈希")).ToHaveTextAsync(published.GetProperty("contentHash").GetString()!);
        await Expect(chief.GetByText("发布时间：")).ToBeVisibleAsync();
        Assert.Equal(0, await chief.Button("移出").CountAsync());
        Assert.Equal(0, await chief.Button("保存编者按").CountAsync());

        await chief.Button("更正").FocusAsync();
        await chief.Keyboard.PressAsync("Enter");
        await chief.Combobox("更正稿件").SelectOptionAsync(new SelectOptionValue { Label = Third });
        await chief.Textbox("更正内容").FillAsync("“诗仙太白酒业”应为“诗仙太白酒业（集团）”。");
        await chief.Button("提交更正").PressAsync(chief, "更正已发出。");
        await Expect(chief.GetByRole(AriaRole.List, new() { Name = "更正记录" })).ToContainTextAsync("应为“诗仙太白酒业（集团）”");
        await Expect(chief.PreviewFrame().GetByText("【更正】")).ToBeVisibleAsync();
        await host.ScreenshotAsync(chief, "issue-published", fullPage: false);

        await ExpectWordFileAsync(chief, desk);
        await chief.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "编排", Exact = true }).ClickAsync();
        await chief.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await Expect(chief.GetByRole(AriaRole.Row).Filter(new() { Has = chief.Link("第41期") })).ToContainTextAsync("已刊发");
        await chief.Button("新建一期").ClickAsync();
        await Expect(chief.Textbox("期号")).ToHaveValueAsync("42");
        await Expect(chief.Textbox("起始日期")).ToHaveValueAsync("2025-04-21");
        await Expect(chief.Textbox("截止日期")).ToHaveValueAsync("2025-04-25");
        Assert.Empty(host.ScriptErrorsOf(editor));
        Assert.Empty(host.ScriptErrorsOf(chief));
    }

    /// <summary>The preview shows the API's HTML render, the same text a reader of the render sees.</summary>
    private async Task ExpectPreviewIsTheRenderAsync(IPage page, SampleDesk desk, string note)
    {
        var preview = page.PreviewFrame();
        await Expect(preview.GetByText(note)).ToBeVisibleAsync();
        var shown = await preview.Locator("body").InnerTextAsync();
        var render = await (await host.Admin.SendAsync(HttpMethod.Get, $"/api/series/{desk.SeriesId}/issues/41/render?format=html")).Content.ReadAsStringAsync();
        var reader = await host.NewPageAsync();
        await reader.SetContentAsync(render);
        Assert.Equal(await reader.Locator("body").InnerTextAsync(), shown);
        var positions = desk.Items.Select(item => shown.IndexOf("◆" + item.Headline, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        await reader.Context.CloseAsync();
    }

    /// <summary>下载 Word: named after the series and number (RFC 6266 filename*), a valid document with every headline in order.</summary>
    private async Task ExpectWordFileAsync(IPage page, SampleDesk desk)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Link("下载 Word").ClickAsync());
        // The series title's space between two Chinese characters is the masthead's line break, not part of the name.
        var name = $"{desk.SeriesTitle.Replace(" ", "", StringComparison.Ordinal)}第41期.docx";
        Assert.Equal(name, download.SuggestedFilename);
        var response = await host.Admin.SendAsync(HttpMethod.Get, $"/api/series/{desk.SeriesId}/issues/41/render?format=docx");
        var disposition = response.Content.Headers.ContentDisposition ?? throw new InvalidOperationException("No Content-Disposition.");
        Assert.Equal(name, disposition.FileNameStar);
        var markdown = await page.RunAndWaitForDownloadAsync(() => page.Link("下载 Markdown").ClickAsync());
        Assert.Equal(Path.ChangeExtension(name, ".md"), markdown.SuggestedFilename);
        Assert.Contains("第 41 期（4.14—4.18）", await File.ReadAllTextAsync(await markdown.PathAsync()), StringComparison.Ordinal);
        var html = await page.RunAndWaitForDownloadAsync(() => page.Link("下载 HTML").ClickAsync());
        Assert.Equal(Path.ChangeExtension(name, ".html"), html.SuggestedFilename);

        var path = await download.PathAsync();
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs);
        var positions = desk.Items.Select(item => text.IndexOf("◆" + item.Headline, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(SampleBriefing.Distribution, text, StringComparison.Ordinal);
        Assert.Contains("【更正】", text, StringComparison.Ordinal);
    }
}
