using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Publication.Assembling;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Briefing.Publication.Tests.FromOtherModules;

[Collection(SharedApp.Collection)]
public sealed class FromOtherModulesTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_accepted_item_joins_the_pool_once_with_its_text_as_accepted()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        var accepted = new ItemAccepted(Guid.NewGuid(), Given.SeriesId, "district", "qijiang", "綦江区", "开展校企合作座谈会。");

        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(accepted).AsTask());
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(accepted).AsTask());

        var pool = await App.ReadAsync<List<ReadyItemResponse>>($"/api/series/{Given.SeriesId}/ready-items", editor);
        var item = Assert.Single(pool);
        Assert.Equal((accepted.ItemId, "qijiang", "district", "綦江区", "开展校企合作座谈会。"), (item.ItemId, item.OrgId, item.Section, item.Headline, item.Body));
    }

    [Fact]
    public async Task an_edit_of_a_placed_item_is_recorded_on_the_issue_whose_version_follows()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "排版编辑")).Token;
        var a = await App.AcceptedItemAsync(contributor, editor, "甲。");
        var version = await App.PlaceAsync(editor, a, await App.IssueAsync(editor));
        var review = await App.ReadAsync<ItemView>($"/api/review/items/{a}", editor);

        await App.SendAndWaitAsync("POST", $"/api/review/items/{a}/edits", editor, 200, new { body = "甲改。", expectedVersion = review.Version });

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), editor);
        Assert.Equal(version + 1, issue.Version);
        Assert.Equal("甲改。", issue.Sections[0].Items[0].Body);
        await App.SendAndWaitAsync("POST", $"{Given.IssueUrl()}/items/{a}/move", editor, 200, new { position = 0, expectedVersion = version + 1 });
    }
}
