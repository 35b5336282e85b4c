using Alba;
using Briefing.EditorialReview.Contracts;
using Briefing.EditorialReview.Editing;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Wolverine.Http;

namespace Briefing.EditorialReview.Tests.Editing;

[Collection(SharedApp.Collection)]
public sealed class EditingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task of_two_editors_acting_on_one_version_exactly_one_wins()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        var first = await App.TokenForAsync(Roles.Editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", first, 200, new { expectedVersion = 1 });

        var results = await Task.WhenAll(
            App.Host.Scenario(s => { s.WithBearerToken(first); s.Post.Json(new { body = "甲改。", expectedVersion = 2 }).ToUrl($"/api/review/items/{id}/edits"); s.IgnoreStatusCode(); }),
            App.Host.Scenario(s => { s.WithBearerToken(App.AdminToken); s.Post.Json(new { body = "乙改。", expectedVersion = 2 }).ToUrl($"/api/review/items/{id}/edits"); s.IgnoreStatusCode(); }));

        Assert.Equal([200, 409], results.Select(r => r.Context.Response.StatusCode).Order());
        var conflict = await results.Single(r => r.Context.Response.StatusCode == 409).ReadAsJsonAsync<Problem>();
        Assert.Equal(3, conflict!.CurrentVersion);
    }

    [Fact]
    public void an_edit_is_a_new_revision_keeping_what_it_does_not_name()
    {
        var item = ReviewItems.InReview();

        Assert.Same(WolverineContinue.NoProblems, EditItemEndpoint.Validate(item.ItemId, new EditItem(null, "开展校企合作座谈会。", null, "合并断行", 2), item, ReviewItems.Series()));
        var (_, events, messages) = EditItemEndpoint.Post(item.ItemId, new EditItem(null, "开展校企合作座谈会。", null, "合并断行", 2), item);

        Assert.Equal([new ReviewEdited("綦江区", "开展校企合作座谈会。", "district", "合并断行")], events);
        Assert.Empty(messages);
    }

    [Fact]
    public void an_edit_of_an_accepted_item_tells_publication_the_new_text()
    {
        var item = ReviewItems.Accepted();

        var (_, _, messages) = EditItemEndpoint.Post(item.ItemId, new EditItem("綦江区教委", null, null, null, item.Version), item);

        Assert.Equal([new AcceptedItemEdited(item.ItemId, "綦江区教委", "开展校企合作座谈会。", "district")], messages);
    }

    [Fact]
    public void a_placed_item_keeps_its_section_and_a_submitted_one_cannot_be_edited()
    {
        var placed = ReviewItems.Accepted().Then(new ReviewItemPlaced(41));
        var problem = EditItemEndpoint.Validate(placed.ItemId, new EditItem(null, null, "university", null, placed.Version), placed, ReviewItems.Series());
        Assert.Equal((409, "The item is placed in an issue: move it within the issue to change its section."), (problem.Status, problem.Detail));

        var submitted = ReviewItems.Submitted();
        Assert.Equal(409, EditItemEndpoint.Validate(submitted.ItemId, new EditItem(null, "改。", null, null, 1), submitted, ReviewItems.Series()).Status);
    }

    [Fact]
    public void text_over_the_limits_is_refused()
    {
        var item = ReviewItems.InReview();

        var problem = EditItemEndpoint.Validate(item.ItemId, new EditItem(new string('标', 201), null, null, null, 2), item, ReviewItems.Series());

        Assert.Equal((400, "headline is 201 characters; at most 200 are allowed."), (problem.Status, problem.Detail));
    }
}
