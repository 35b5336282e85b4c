using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
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

        var own = Json(await (await SendAsync("GET", "/api/submissions", qijiang, 200)).ReadAsTextAsync());
        var askingForOthers = Json(await (await SendAsync("GET", "/api/submissions?orgId=fuling", qijiang, 200)).ReadAsTextAsync());
        var editor = Json(await (await SendAsync("GET", "/api/submissions", await App.TokenForAsync(Roles.Editor), 200)).ReadAsTextAsync());

        Assert.Equal(2, own.GetProperty("total").GetInt32());
        Assert.All(own.GetProperty("items").EnumerateArray(), item => Assert.Equal("qijiang", item.GetProperty("orgId").GetString()));
        Assert.Equal(0, askingForOthers.GetProperty("total").GetInt32());
        Assert.Equal(3, editor.GetProperty("total").GetInt32());
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

        var page2 = Json(await (await SendAsync("GET", $"/api/submissions?seriesId={SeriesId}&page=2&pageSize=2", App.AdminToken, 200)).ReadAsTextAsync());
        Assert.Equal(5, page2.GetProperty("total").GetInt32());
        Assert.Equal(["第3条", "第2条"], page2.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("body").GetString()));

        var accepted = Json(await (await SendAsync("GET", "/api/submissions?status=accepted&orgId=qijiang", App.AdminToken, 200)).ReadAsTextAsync());
        Assert.Equal(ids[0], Assert.Single(accepted.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var otherSeries = Json(await (await SendAsync("GET", "/api/submissions?seriesId=other", App.AdminToken, 200)).ReadAsTextAsync());
        Assert.Equal(0, otherSeries.GetProperty("total").GetInt32());
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
