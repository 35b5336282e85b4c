using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using Wolverine.Tracking;

namespace Briefing.Submission.Tests.ReadingSubmissions;

[Collection(SharedApp.Collection)]
public sealed class ListSubmissionsTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task a_contributor_lists_its_own_organisations_items_only_whatever_it_asks_for()
    {
        var qijiang = await WithQijiangContributorAsync();
        await WithOrganisationAsync("fuling", "涪陵区");
        var fuling = (await App.CreateUserAsync(Roles.Contributor, "fuling")).Token;
        await SubmitAsync(qijiang, new { seriesId = SeriesId, body = "綦江一" });
        await SubmitAsync(qijiang, new { seriesId = SeriesId, body = "綦江二" });
        await SubmitAsync(fuling, new { seriesId = SeriesId, body = "涪陵一" });

        var own = await ListAsync(qijiang);
        var askingForOthers = await ListAsync(qijiang, "?orgId=fuling");
        var editor = await ListAsync(await App.TokenForAsync(Roles.Editor));

        Assert.Equal(2, own.Total);
        Assert.All(own.Items, item => Assert.Equal("qijiang", item.OrgId));
        Assert.Equal(0, askingForOthers.Total);
        Assert.Equal(3, editor.Total);
    }

    [Fact]
    public async Task filters_and_pages_narrow_the_list_newest_first()
    {
        var contributor = await WithQijiangContributorAsync();
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add((await SubmitAsync(contributor, new { seriesId = SeriesId, body = $"第{i}条" })).Id);
        }

        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ItemAccepted(ids[0], SeriesId, "district", "qijiang", "綦江区", "正文。")).AsTask());

        var page2 = await ListAsync(App.AdminToken, $"?seriesId={SeriesId}&page=2&pageSize=2");
        Assert.Equal(5, page2.Total);
        Assert.Equal(["第3条", "第2条"], page2.Items.Select(item => item.Body));

        var accepted = await ListAsync(App.AdminToken, "?status=accepted&orgId=qijiang");
        Assert.Equal(ids[0], Assert.Single(accepted.Items).Id);

        var otherSeries = await ListAsync(App.AdminToken, "?seriesId=other");
        Assert.Equal(0, otherSeries.Total);
    }

    [Fact]
    public async Task the_status_filter_and_the_answer_use_the_contracts_kebab_case_names()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await SubmitAsync(contributor, new { seriesId = SeriesId, body = "另一稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ReviewStarted(item.Id)).AsTask());

        var inReview = await SendAsync("GET", "/api/submissions?status=in-review", App.AdminToken, 200);

        Assert.Contains("\"status\":\"in-review\"", await inReview.ReadAsTextAsync(), StringComparison.Ordinal);
        Assert.Equal(item.Id, Assert.Single((await ReadAsync<SubmissionPage>(inReview)).Items).Id);
        Assert.Equal("status must be one of: submitted, in-review, changes-requested, accepted, rejected, withdrawn, placed, published.",
            (await ProblemAsync("GET", "/api/submissions?status=InReview", App.AdminToken, 400)).Detail);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=201")]
    [InlineData("status=lost")]
    [InlineData("page=abc")]
    public async Task bad_paging_or_an_unknown_status_is_a_400(string query) =>
        await SendAsync("GET", $"/api/submissions?{query}", App.AdminToken, 400);
}
