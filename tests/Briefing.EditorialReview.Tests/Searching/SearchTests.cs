using System.Text;
using System.Text.Json;
using Briefing.EditorialReview.ReadingTheQueue;
using Briefing.EditorialReview.Searching;
using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.Searching;

[Collection(SharedApp.Collection)]
public sealed class SearchTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task search_finds_exactly_what_a_substring_scan_of_the_sample_finds()
    {
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SeriesAsync();
        var imported = await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        var items = new List<(string Headline, string Body)>();
        foreach (var id in JsonDocument.Parse(await imported.ReadAsTextAsync()).RootElement.GetProperty("itemIds").EnumerateArray())
        {
            var stored = await App.ReadAsync<ReviewItemResponse>($"/api/review/items/{id.GetGuid()}", editor);
            items.Add((stored.Headline, stored.Body));
        }

        Assert.Equal(SampleBriefing.Items.Count, items.Count);

        await AssertSameAsSubstringScanAsync(editor, items, Queries(items, new Random(41), 300));
    }

    [Fact]
    public async Task search_finds_exactly_what_a_substring_scan_of_a_generated_corpus_finds()
    {
        var contributor = await App.QijiangContributorAsync();
        var random = new Random(20);
        var items = Enumerable.Range(0, 60).Select(_ => (Headline: "綦江区", Body: GeneratedBody(random))).ToList();
        foreach (var (_, body) in items)
        {
            await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body });
        }

        var editor = await App.TokenForAsync(Roles.Editor);
        var absent = Enumerable.Range(0, 20).Select(_ => GeneratedTerm(random));
        await AssertSameAsSubstringScanAsync(editor, items, [.. Queries(items, random, 300), .. absent]);
    }

    [Fact]
    public async Task every_term_must_occur_and_headline_matches_rank_first_then_density_then_recency()
    {
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SeriesAsync();
        await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        await App.OrganisationAsync("org-a", "甲大学", "university");
        var contributor = (await App.CreateUserAsync(Roles.Contributor, "org-a")).Token;
        var inHeadline = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = "甲大学举办校企对接会", body = "会议在学校举行，多家企业参加。" });
        var dense = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = "甲大学", body = "深化校企合作，校企共建实验室。" });
        var sparse = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, headline = "甲大学", body = "学校召开年度工作会议，总结了一年来在人才培养、科学研究、社会服务等方面的工作，部署了校企合作。" });

        var found = await App.ReadAsync<SearchResults>("/api/search?q=" + Uri.EscapeDataString("校企") + "&pageSize=100", editor);

        var imported = SampleBriefing.Items.Count(item => item.Headline.Contains("校企", StringComparison.Ordinal) || item.Body.Contains("校企", StringComparison.Ordinal));
        Assert.Equal(imported + 3, found.Total);
        Assert.Equal([inHeadline, dense, sparse], found.Hits.Take(3).Select(hit => hit.ItemId));
        Assert.True(found.Hits[2].Score > found.Hits[3].Score, "today's sparse item ranks above the 2025 items of the same density");
        Assert.Equal(found.Hits.Select(hit => hit.Score).OrderDescending(), found.Hits.Select(hit => hit.Score));
        Assert.All(found.Hits, hit => Assert.All(hit.Highlights, mark => Assert.Equal("校企", hit.Excerpt.Substring(mark[0], mark[1]))));
        Assert.All(found.Hits, hit => Assert.InRange(hit.Excerpt.Length, 1, Excerpt.MaxLength));
        Assert.Equal(41, found.Hits.First(hit => hit.Status == ItemStatus.Published).IssueNumber);

        var both = await App.ReadAsync<SearchResults>("/api/search?q=" + Uri.EscapeDataString("校企 实验室"), editor);
        Assert.Equal(dense, both.Hits[0].ItemId);
        Assert.All(both.Hits, hit => Assert.Equal(2, hit.Highlights.Select(mark => hit.Excerpt.Substring(mark[0], mark[1])).Distinct().Count()));
    }

    [Fact]
    public async Task filters_narrow_the_search_and_pages_keep_the_total()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        var submitted = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "綦江区开展产教融合调研。" });
        var all = await Search("产教融合");

        Assert.Equal([submitted], (await Search("产教融合", "&status=submitted")).Hits.Select(hit => hit.ItemId));
        Assert.Equal(all.Total - 1, (await Search("产教融合", "&status=published")).Total);
        Assert.Equal(all.Total - 1, (await Search("产教融合", "&from=2025-04-18&to=2025-04-18")).Total);
        Assert.Equal(0, (await Search("产教融合", "&to=2025-04-17")).Total);
        Assert.Equal(0, (await Search("产教融合", "&seriesId=another")).Total);
        Assert.Contains(submitted, (await Search("产教融合", "&orgId=qijiang")).Hits.Select(hit => hit.ItemId));
        var second = await Search("产教融合", "&page=2&pageSize=2");
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(hit => hit.ItemId), second.Hits.Select(hit => hit.ItemId));
        var past = await Search("产教融合", "&page=99");
        Assert.Equal((all.Total, 0), (past.Total, past.Hits.Count));

        Task<SearchResults> Search(string q, string more = "") => App.ReadAsync<SearchResults>("/api/search?q=" + Uri.EscapeDataString(q) + more, editor);
    }

    [Fact]
    public async Task a_contributor_finds_only_its_own_organisations_items()
    {
        var contributor = await App.QijiangContributorAsync();
        var own = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "綦江区校企合作推进会。" });
        await App.OrganisationAsync("wanzhou", "万州区");
        var other = (await App.CreateUserAsync(Roles.Contributor, "wanzhou")).Token;
        var theirs = await App.SubmittedItemAsync(other, new { seriesId = Given.SeriesId, body = "万州区校企合作推进会。" });
        var q = "/api/search?q=" + Uri.EscapeDataString("校企合作");

        Assert.Equal([own], (await App.ReadAsync<SearchResults>(q, contributor)).Hits.Select(hit => hit.ItemId));
        Assert.Equal(0, (await App.ReadAsync<SearchResults>(q + "&orgId=wanzhou", contributor)).Total);
        Assert.Equal([theirs], (await App.ReadAsync<SearchResults>(q, other)).Hits.Select(hit => hit.ItemId));
        Assert.Equal(2, (await App.ReadAsync<SearchResults>(q, await App.TokenForAsync(Roles.Auditor))).Total);
    }

    [Fact]
    public async Task an_edit_is_found_at_once_and_the_old_text_no_longer()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "召开乡村振兴座谈会。" });
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/edits", editor, 200, new { body = "召开产教融合座谈会。", expectedVersion = 2 });

        Assert.Equal([id], (await App.ReadAsync<SearchResults>("/api/search?q=" + Uri.EscapeDataString("产教融合"), editor)).Hits.Select(hit => hit.ItemId));
        Assert.Equal(0, (await App.ReadAsync<SearchResults>("/api/search?q=" + Uri.EscapeDataString("乡村振兴"), editor)).Total);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=%E6%A0%A1&status=done", "status")]
    [InlineData("q=%E6%A0%A1&from=2025-13-01", "from")]
    [InlineData("q=%E6%A0%A1&from=2025-05-01&to=2025-04-01", "to")]
    [InlineData("q=%E6%A0%A1&page=0", "page")]
    [InlineData("q=%E6%A0%A1&pageSize=101", "pageSize")]
    [InlineData("q=%E6%A0%A1%00", "q")]
    [InlineData("q=%E6%A0%A1&orgId=a%00b", "orgId")]
    public async Task a_malformed_search_is_a_400_naming_the_field(string query, string field)
    {
        var response = await App.SendAsync("GET", "/api/search?" + query, await App.TokenForAsync(Roles.Editor), 400);

        Assert.Contains($"\"{field}\"", await response.ReadAsTextAsync(), StringComparison.Ordinal);
    }

    private async Task AssertSameAsSubstringScanAsync(string token, List<(string Headline, string Body)> items, List<string> queries)
    {
        var mismatches = new List<string>();
        foreach (var q in queries)
        {
            var expected = items.Count(item => item.Headline.Contains(q, StringComparison.Ordinal) || item.Body.Contains(q, StringComparison.Ordinal));
            var found = await App.ReadAsync<SearchResults>("/api/search?pageSize=100&q=" + Uri.EscapeDataString(q), token);
            var texts = found.Hits.Select(hit => hit.ItemId).Distinct().Count();
            if (found.Total != expected || texts != Math.Min(expected, 100))
            {
                mismatches.Add($"{q}: {found.Total} found, {expected} hold it");
            }
        }

        Assert.Empty(mismatches);
    }

    /// <summary>Terms of one to four characters (code points) cut at random from the texts, white space left out.</summary>
    private static List<string> Queries(List<(string Headline, string Body)> items, Random random, int count)
    {
        var queries = new List<string>();
        while (queries.Count < count)
        {
            var (headline, body) = items[random.Next(items.Count)];
            var runes = (random.Next(5) == 0 ? headline : body).EnumerateRunes().Select(rune => rune.ToString()).ToArray();
            var length = random.Next(1, 5);
            if (runes.Length < length)
            {
                continue;
            }

            var term = string.Concat(runes.Skip(random.Next(runes.Length - length + 1)).Take(length));
            if (!term.Any(char.IsWhiteSpace))
            {
                queries.Add(term);
            }
        }

        return queries;
    }

    private const string Alphabet = "产教融合校企合作人才培养高校区县动态重庆大学科技创新实验室基地共建签约仪式SGSabc2025𠮷𠀋，。、“”（）";

    /// <summary>Sentences of the sample cut and mixed with runs of characters from a small alphabet, so that many texts share pairs but not words.</summary>
    private static string GeneratedBody(Random random)
    {
        var sentences = SampleBriefing.Items.SelectMany(item => item.Body.Split('。', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var body = new StringBuilder();
        for (var part = random.Next(1, 4); part > 0; part--)
        {
            var sentence = sentences[random.Next(sentences.Length)];
            var start = random.Next(sentence.Length / 2);
            body.Append(sentence.AsSpan(start, random.Next(1, sentence.Length - start))).Append(GeneratedTerm(random)).Append('。');
        }

        return body.ToString();
    }

    private static string GeneratedTerm(Random random)
    {
        var runes = Alphabet.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        return string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => runes[random.Next(runes.Length)]));
    }
}
