using Briefing.EditorialReview.Searching;

namespace Briefing.EditorialReview.Tests.Searching;

public sealed class SearchTextTests
{
    [Fact]
    public void a_text_holds_every_key_any_of_its_substrings_needs()
    {
        const string headline = "重庆交通大学";
        const string body = "与SGS标瑞新能源𠮷公司开展产学研合作交流。";
        var keys = SearchGrams.Of(headline, body).ToHashSet();

        foreach (var text in new[] { headline, body })
        {
            var runes = text.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
            for (var start = 0; start < runes.Length; start++)
            {
                for (var length = 1; length <= 4 && start + length <= runes.Length; length++)
                {
                    var term = string.Concat(runes[start..(start + length)]);
                    Assert.All(SearchGrams.Needed(term), key => Assert.Contains(key, keys));
                }
            }
        }
    }

    [Fact]
    public void keys_are_characters_and_pairs_never_across_headline_and_body_or_white_space()
    {
        var keys = SearchGrams.Of("綦江区", "校企 合作");

        Assert.Equal(new[] { "企", "区", "合", "合作", "作", "校", "校企", "江", "江区", "綦", "綦江" }.Order(StringComparer.Ordinal), keys);
        Assert.Equal(["产教", "教融", "融合"], SearchGrams.Needed("产教融合"));
        Assert.Equal(["𠮷"], SearchGrams.Needed("𠮷"));
        Assert.Equal(["𠮷公"], SearchGrams.Needed("𠮷公"));
    }

    [Theory]
    [InlineData(null, "q must hold at least one term (terms are separated by spaces).")]
    [InlineData("  \u3000 ", "q must hold at least one term (terms are separated by spaces).")]
    [InlineData("一 二 三 四 五 六 七 八 九 十 十一", "q must not hold more than 10 terms.")]
    [InlineData("校企 产教融合", null)]
    public void a_query_needs_between_one_and_ten_terms_of_text(string? q, string? problem) =>
        Assert.Equal(problem, SearchQuery.Problem(q));

    [Fact]
    public void a_query_with_an_unpaired_surrogate_or_a_nul_is_not_text()
    {
        Assert.Equal("q must be text (it holds an unpaired surrogate or a NUL character).", SearchQuery.Problem("校企" + '\ud800'));
        Assert.Equal("q must be text (it holds an unpaired surrogate or a NUL character).", SearchQuery.Problem("校企" + '\0'));
    }

    [Fact]
    public void terms_are_split_at_any_white_space_and_counted_once() =>
        Assert.Equal(["校企", "产教融合"], SearchQuery.Terms(" 校企\u3000产教融合 校企 "));

    [Fact]
    public void the_excerpt_is_at_most_120_characters_around_the_first_match_with_every_match_marked()
    {
        var body = new string('甲', 200) + "校企合作，校企共建" + new string('乙', 200);

        var excerpt = Excerpt.Of("重庆理工大学", body, ["校企", "共建"]);

        Assert.Equal(Excerpt.MaxLength, excerpt.Text.Length);
        Assert.Equal(30, excerpt.Text.IndexOf("校企", StringComparison.Ordinal));
        Assert.Equal([[30, 2], [35, 4]], excerpt.Highlights);
        Assert.All(excerpt.Highlights, mark => Assert.Contains(excerpt.Text.Substring(mark[0], mark[1]), new[] { "校企", "校企共建" }));
    }

    [Fact]
    public void the_headline_is_the_excerpt_when_only_the_headline_matches()
    {
        var excerpt = Excerpt.Of("綦江区调研重庆移通学院", "副区长带队考察。", ["移通"]);

        Assert.Equal("綦江区调研重庆移通学院", excerpt.Text);
        Assert.Equal([7, 2], excerpt.Highlights.Single());
    }

    [Fact]
    public void a_short_text_is_its_own_excerpt_and_overlapping_matches_are_one_mark()
    {
        var excerpt = Excerpt.Of("h", "产教融合", ["产教", "教融合"]);

        Assert.Equal("产教融合", excerpt.Text);
        Assert.Equal([0, 4], excerpt.Highlights.Single());
    }
}
