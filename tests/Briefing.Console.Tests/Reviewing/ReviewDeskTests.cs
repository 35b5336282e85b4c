using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Reviewing;

[Collection(ConsoleDesk.Name)]
public sealed class ReviewDeskTests(ConsoleHost host)
{
    private const string Headline = "綦江区推进产教融合";
    private const string Body = "綦江区召开产教融合推进会,部署下一阶段工作。会议要求各校\"抓落实\"。";
    private const string Edited = "綦江区召开产教融合推进会，部署下一阶段工作。会议要求各校抓落实。";

    [Fact]
    public async Task an_item_goes_from_a_phone_through_review_changes_requested_and_resubmission_to_accepted()
    {
        var (desk, phone) = await SubmittedFromPhoneAsync();

        var editor = await host.NewPageAsync();
        await editor.SignInAsync(desk.Editor);
        await editor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审稿", Exact = true }).ClickAsync();
        await editor.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        var row = editor.GetByRole(AriaRole.Row).Filter(new() { Has = editor.Link(Headline) });
        await Expect(row).ToContainTextAsync(desk.OrgName);
        await Expect(row).ToContainTextAsync("已提交");
        await host.ScreenshotAsync(editor, "review-queue");
        await editor.Link(Headline).ClickAsync();

        await Expect(editor.GetByText("状态：已提交")).ToBeVisibleAsync();
        var messages = await host.Admin.LintMessagesAsync(editor.ItemId());
        Assert.NotEmpty(messages);
        var marks = editor.Locator("mark");
        await Expect(marks).ToHaveCountAsync(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            await Expect(marks.Nth(i)).ToHaveAttributeAsync("title", messages[i]);
        }

        await marks.First.FocusAsync();
        await Expect(marks.First).ToBeFocusedAsync();
        await Expect(marks.First).ToHaveAttributeAsync("aria-description", "建议改为“，”");

        await editor.Button("认领").ClickAsync();
        await Expect(editor.GetByText($"认领人：{desk.Editor}")).ToBeVisibleAsync();
        await Expect(editor.GetByText("状态：审核中")).ToBeVisibleAsync();

        await editor.SelectInBodyAsync("产教融合推进会");
        await editor.Textbox("批注").FillAsync("会议名称请写全称。");
        await editor.Button("添加批注").ClickAsync();
        var comments = editor.GetByRole(AriaRole.List, new() { Name = "批注列表" });
        await Expect(comments.Locator("blockquote")).ToHaveTextAsync("产教融合推进会");
        await Expect(comments).ToContainTextAsync("会议名称请写全称。");
        await marks.First.FocusAsync();
        await host.ScreenshotAsync(editor, "review-item-marks");

        await editor.Textbox("正文").FillAsync(Edited);
        await editor.Textbox("修改说明").FillAsync("改标点");
        await editor.Button("保存修改").ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("修改已保存。");
        var revisions = editor.GetByRole(AriaRole.List, new() { Name = "修改记录" }).GetByRole(AriaRole.Listitem);
        await Expect(revisions).ToHaveCountAsync(2);
        await Expect(revisions.First).ToContainTextAsync($"第 2 版 · {desk.Editor}");
        await Expect(revisions.First).ToContainTextAsync("改标点");
        await Expect(editor.Locator("mark")).ToHaveCountAsync(0);
        await host.ScreenshotAsync(editor, "review-item");

        await editor.Textbox("退回理由").FillAsync("请补充参会单位和人数。");
        await editor.Button("退回修改").ClickAsync();
        await Expect(editor.GetByText("状态：退回修改")).ToBeVisibleAsync();

        await phone.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "我的稿件", Exact = true }).ClickAsync();
        var mine = phone.GetByRole(AriaRole.Row).Filter(new() { Has = phone.Link(Headline) });
        await Expect(mine).ToContainTextAsync("退回修改");
        await phone.Link(Headline).ClickAsync();
        await Expect(phone.GetByText("请补充参会单位和人数。")).ToBeVisibleAsync();
        // The contributor revises their own text; the editors' edits stay on the review desk.
        await Expect(phone.Textbox("正文")).ToHaveValueAsync(Body);
        Assert.True(await phone.FitsWidthAsync());
        await host.ScreenshotAsync(phone, "mine-item-changes-requested-phone");
        await phone.Textbox("正文").FillAsync(Edited + "全区12所学校参会。");
        await phone.Button("重新提交").ClickAsync();
        await Expect(phone.GetByText("状态：已提交")).ToBeVisibleAsync();

        // The revision goes back to the editor who holds the item.
        await editor.ReloadAsync();
        await Expect(editor.GetByRole(AriaRole.Region, new() { Name = "稿件内容" })).ToContainTextAsync("全区12所学校参会。");
        await Expect(editor.GetByText("状态：审核中")).ToBeVisibleAsync();
        await editor.Combobox("栏目").SelectOptionAsync(new SelectOptionValue { Label = "区县动态" });
        await editor.Button("采用").ClickAsync();
        await Expect(editor.GetByText("状态：已采用")).ToBeVisibleAsync();

        await phone.ReloadAsync();
        await Expect(phone.GetByText("状态：已采用")).ToBeVisibleAsync();
        Assert.Empty(host.ScriptErrorsOf(phone));
        Assert.Empty(host.ScriptErrorsOf(editor));
    }

    [Fact]
    public async Task an_editor_applies_the_safe_fixes_and_then_rejects_the_item_with_a_reason()
    {
        var (desk, phone) = await SubmittedFromPhoneAsync();

        var editor = await host.NewPageAsync();
        await editor.SignInAsync(desk.Editor);
        await editor.OpenFromQueueAsync(desk, Headline);
        await editor.Button("认领").ClickAsync();
        await Expect(editor.GetByText("状态：审核中")).ToBeVisibleAsync();
        var before = await host.Admin.LintMessagesAsync(editor.ItemId());
        await Expect(editor.Locator("mark")).ToHaveCountAsync(before.Count);

        await editor.Button("一键修正").ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已修正 {before.Count} 处。");
        await Expect(editor.Locator("mark")).ToHaveCountAsync(0);
        await Expect(editor.GetByRole(AriaRole.Region, new() { Name = "稿件内容" })).ToContainTextAsync("推进会，部署");
        await Expect(editor.Textbox("正文")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("推进会，部署"));

        await editor.Textbox("不采用理由").FillAsync("与上期内容重复。");
        await editor.Button("不采用").ClickAsync();
        await Expect(editor.GetByText("状态：未采用")).ToBeVisibleAsync();
        await Expect(editor.Button("采用")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_stale_page_is_told_the_item_changed_and_reloads_it_keeping_its_unsaved_edit()
    {
        var (desk, phone) = await SubmittedFromPhoneAsync();

        var first = await host.NewPageAsync();
        await first.SignInAsync(desk.Editor);
        await first.OpenFromQueueAsync(desk, Headline);
        var second = await host.NewPageAsync();
        await second.SignInAsync(desk.SecondEditor);
        await second.OpenFromQueueAsync(desk, Headline);

        await first.Button("认领").ClickAsync();
        await Expect(first.GetByText($"认领人：{desk.Editor}")).ToBeVisibleAsync();

        await second.Textbox("正文").FillAsync(Edited);
        await second.Button("保存修改").ClickAsync();
        await Expect(second.Alert()).ToContainTextAsync("内容已被他人修改");
        await host.ScreenshotAsync(second, "review-item-conflict");
        await second.Button("重新加载").ClickAsync();
        await Expect(second.Alert()).Not.ToBeVisibleAsync();
        await Expect(second.GetByText($"认领人：{desk.Editor}")).ToBeVisibleAsync();
        await Expect(second.Textbox("正文")).ToHaveValueAsync(Edited);

        await second.Button("保存修改").ClickAsync();
        await Expect(second.GetByRole(AriaRole.Status)).ToHaveTextAsync("修改已保存。");
        await Expect(second.Locator("mark")).ToHaveCountAsync(0);
    }

    /// <summary>A new desk, and its contributor's phone page on which the item was just submitted.</summary>
    private async Task<(Desk Desk, IPage Phone)> SubmittedFromPhoneAsync()
    {
        var desk = await host.Admin.NewDeskAsync();
        var phone = await host.NewPageAsync(phone: true);
        await phone.SignInAsync(desk.Contributor);
        await phone.SubmitAsync(desk, Headline, Body);
        return (desk, phone);
    }
}
