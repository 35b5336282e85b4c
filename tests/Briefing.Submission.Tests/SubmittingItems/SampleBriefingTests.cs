using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Submission.Tests.SubmittingItems;

/// <summary>The 25 items of the real 第 41 期, each submitted by a contributor of its organisation.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleBriefingTests(AppFixture app) : SubmissionTest(app)
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
        var items = SampleBriefing.Items;
        Assert.Equal(25, items.Count);

        var submitted = new List<(Guid Id, SampleBriefing.Item Item)>();
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            var section = SectionKeys[item.SectionTitle];
            var orgId = section == "recent-work" ? "zhuanban" : $"org-{index:00}";
            if (orgId != "zhuanban")
            {
                await WithOrganisationAsync(orgId, item.Headline, item.Headline.EndsWith('区') ? "district" : "university");
            }

            var contributor = (await App.CreateUserAsync(Roles.Contributor, orgId)).Token;
            var state = await SubmitAsync(contributor, new { seriesId = SeriesId, section, headline = item.Headline, body = item.Body });
            submitted.Add((state.Id, item));
        }

        Assert.Equal(25, Json(await (await SendAsync("GET", "/api/submissions?pageSize=100", editor, 200)).ReadAsTextAsync()).GetProperty("total").GetInt32());
        foreach (var (id, item) in submitted)
        {
            var stored = await GetAsync(id, editor);
            Assert.Equal((item.Headline, item.Body, SectionKeys[item.SectionTitle]), (stored.Headline, stored.Body, stored.Section));
        }
    }
}
