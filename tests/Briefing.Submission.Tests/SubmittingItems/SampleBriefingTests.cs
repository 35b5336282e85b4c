using System.Text.RegularExpressions;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Submission.Tests.SubmittingItems;

/// <summary>The 25 items of the real 第 41 期, each submitted by a contributor of its organisation.</summary>
[Collection(SharedApp.Collection)]
public sealed partial class SampleBriefingTests(AppFixture app) : SubmissionTest(app)
{
    private static readonly Dictionary<string, string> SectionKeys = new()
    {
        ["区县动态"] = "district",
        ["高校动态"] = "university",
        ["近期工作"] = "recent-work",
    };

    [Fact]
    public async Task the_twenty_five_items_of_issue_41_are_submitted_and_read_back_exactly()
    {
        await WithSeriesAsync();
        await WithOrganisationAsync("zhuanban", "教育强市区县行专班", "department");
        var editor = await App.TokenForAsync(Roles.Editor);
        var items = SampleItems();
        Assert.Equal(25, items.Count);

        var submitted = new List<(Guid Id, SampleItem Item)>();
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            var orgId = item.Section == "recent-work" ? "zhuanban" : $"org-{index:00}";
            if (orgId != "zhuanban")
            {
                await WithOrganisationAsync(orgId, item.Headline, item.Headline.EndsWith('区') ? "district" : "university");
            }

            var contributor = (await App.CreateUserAsync(Roles.Contributor, orgId)).Token;
            var state = await SubmitAsync(contributor, new { seriesId = SeriesId, section = item.Section, headline = item.Headline, body = item.Body });
            submitted.Add((state.Id, item));
        }

        Assert.Equal(25, Json(await (await SendAsync("GET", "/api/submissions?pageSize=100", editor, 200)).ReadAsTextAsync()).GetProperty("total").GetInt32());
        foreach (var (id, item) in submitted)
        {
            var stored = await GetAsync(id, editor);
            Assert.Equal((item.Headline, item.Body, item.Section), (stored.Headline, stored.Body, stored.Section));
        }
    }

    private sealed record SampleItem(string Section, string Headline, string Body);

    /// <summary>
    /// ◆**headline**body items; a paragraph that is not an item, heading or rule continues the item
    /// before it (the sample's page-break artefacts, kept as they are).
    /// </summary>
    private static List<SampleItem> SampleItems()
    {
        var items = new List<SampleItem>();
        string? section = null;
        foreach (var paragraph in File.ReadAllText(Repository.PathOf("docs", "samples", "briefing-041.md")).Split("\n\n"))
        {
            var text = paragraph.Trim('\n');
            if (SectionHeading().Match(text) is { Success: true } heading)
            {
                section = SectionKeys[heading.Groups[1].Value];
            }
            else if (Item().Match(text) is { Success: true } item)
            {
                items.Add(new SampleItem(section!, item.Groups[1].Value, item.Groups[2].Value));
            }
            else if (text == "---")
            {
                section = null;
            }
            else if (section is not null && items.Count > 0 && text.Length > 0)
            {
                items[^1] = items[^1] with { Body = items[^1].Body + "\n\n" + text };
            }
        }

        return items;
    }

    [GeneratedRegex("^## 【(.+)】$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^◆\*\*(.+?)\*\*(.*)$", RegexOptions.Singleline)]
    private static partial Regex Item();
}
