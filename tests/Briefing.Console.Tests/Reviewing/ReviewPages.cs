using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.Console.Tests.Reviewing;

/// <summary>Steps of the review desk shared by its tests.</summary>
public static class ReviewPages
{
    public static async Task SubmitAsync(this IPage page, Desk desk, string headline, string body)
    {
        await page.GotoAsync("/console/submit");
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await page.Textbox("标题").FillAsync(headline);
        await page.Textbox("正文").FillAsync(body);
        await page.Button("提交").ClickAsync();
        await Expect(page.Heading("已提交")).ToBeVisibleAsync();
    }

    public static async Task OpenFromQueueAsync(this IPage page, Desk desk, string headline)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审稿", Exact = true }).ClickAsync();
        await page.Combobox("简报").SelectOptionAsync(new SelectOptionValue { Label = desk.SeriesTitle });
        await page.Link(headline).ClickAsync();
        await Expect(page.Heading(headline)).ToBeVisibleAsync();
    }

    /// <summary>Selects the phrase in the item's body as a person would with the mouse.</summary>
    public static async Task SelectInBodyAsync(this IPage page, string phrase) =>
        Assert.True(await page.EvaluateAsync<bool>("""
            (phrase) => {
              const walker = document.createTreeWalker(document.querySelector('mark').parentElement, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(phrase);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + phrase.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return true;
              }
              return false;
            }
            """, phrase));

    public static Guid ItemId(this IPage page) => Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);

    public static async Task<List<string>> LintMessagesAsync(this AdminApi admin, Guid itemId) =>
        (await admin.GetAsync<JsonElement>($"/api/review/items/{itemId}/lint")).EnumerateArray()
            .OrderBy(finding => finding.GetProperty("start").GetInt32())
            .Select(finding => finding.GetProperty("message").GetString()!).ToList();
}
