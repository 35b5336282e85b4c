using Briefing.EditorialReview.FindingSimilar;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.FindingSimilar;

[Collection(SharedApp.Collection)]
public sealed class SimilarItemsTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_edited_copy_of_a_sample_item_is_similar_to_it_and_to_nothing_else()
    {
        var sample = await App.SampleIssueSubmittedAsync();
        var (original, item, _) = sample[0];
        await App.OrganisationAsync("chongqing-ytxy", "重庆移通学院", "university");
        var university = (await App.CreateUserAsync(Roles.Contributor, "chongqing-ytxy")).Token;
        var copy = await App.SubmittedItemAsync(university, new { seriesId = Given.SeriesId, section = "district", headline = item.Headline, body = EditedCopies.Of(item.Body) });
        var editor = await App.TokenForAsync(Roles.Editor);

        var similar = await App.ReadAsync<List<SimilarItem>>($"/api/review/items/{copy}/similar", editor);

        var found = Assert.Single(similar);
        Assert.Equal((original, item.Headline), (found.ItemId, found.Headline));
        Assert.InRange(found.Similarity, Shingles.Threshold, 0.99);
        Assert.Equal([copy], (await App.ReadAsync<List<SimilarItem>>($"/api/review/items/{original}/similar", editor)).Select(other => other.ItemId));
        Assert.Empty(await App.ReadAsync<List<SimilarItem>>($"/api/review/items/{sample[5].Id}/similar", editor));
    }

    [Fact]
    public async Task the_queue_marks_items_with_a_likely_duplicate()
    {
        var contributor = await App.QijiangContributorAsync();
        var item = SampleBriefing.Items[3];
        var first = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = item.Headline, body = item.Body });
        var again = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = item.Headline, body = EditedCopies.Of(item.Body) });
        var unrelated = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = SampleBriefing.Items[10].Body });

        var queue = (await App.ReadAsync<List<QueueEntry>>("/api/review/queue", await App.TokenForAsync(Roles.Editor))).ToDictionary(entry => entry.Id);

        Assert.Equal((1, 1, 0), (queue[first].SimilarCount, queue[again].SimilarCount, queue[unrelated].SimilarCount));
    }

    [Fact]
    public async Task items_older_than_180_days_and_withdrawn_items_are_not_compared()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        // Issue 41 of 2025 is dated by its period's end, 18 April 2025: outside the window of today's submission.
        await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        var item = SampleBriefing.Items[0];
        var copy = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = item.Headline, body = EditedCopies.Of(item.Body) });
        var withdrawn = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = item.Headline, body = item.Body });
        await App.SendAndWaitAsync("POST", $"/api/submissions/{withdrawn}/withdraw", contributor, 200, new { expectedVersion = 1, reason = "重复报送" });

        Assert.Empty(await App.ReadAsync<List<SimilarItem>>($"/api/review/items/{copy}/similar", editor));
    }

    [Fact]
    public async Task similar_items_of_an_unknown_item_is_a_404_and_contributors_may_not_ask()
    {
        var contributor = await App.QijiangContributorAsync();

        await App.SendAsync("GET", $"/api/review/items/{Guid.NewGuid()}/similar", await App.TokenForAsync(Roles.Editor), 404);
        await App.SendAsync("GET", $"/api/review/items/{Guid.NewGuid()}/similar", contributor, 403);
    }
}
