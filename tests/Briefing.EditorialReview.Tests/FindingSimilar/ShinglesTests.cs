using Briefing.EditorialReview.FindingSimilar;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.FindingSimilar;

public sealed class ShinglesTests
{
    [Fact]
    public void the_text_is_normalised_to_letters_and_digits_in_lower_case() =>
        Assert.Equal("重庆交通大学与sgs公司2025年合作", Shingles.Normalised("重庆交通大学", "与 SGS 公司，2025年“合作”。"));

    [Fact]
    public void jaccard_is_shared_shingles_over_all_shingles()
    {
        var a = Shingles.Of("", "甲乙丙丁");
        var b = Shingles.Of("", "乙丙丁戊");

        Assert.Equal(["乙丙丁", "甲乙丙"], a.Order(StringComparer.Ordinal));
        Assert.Equal(1.0 / 3, Shingles.Jaccard(a, b), 6);
        Assert.Equal(1.0, Shingles.Jaccard(a, a));
        Assert.Equal(0, Shingles.Jaccard(a, []));
    }

    [Fact]
    public void an_edited_copy_of_a_sample_item_shares_a_band_and_unrelated_items_are_far_apart()
    {
        var item = SampleBriefing.Items[0];
        var copy = EditedCopies.Of(item.Body);
        var (original, edited) = (Shingles.Of(item.Headline, item.Body), Shingles.Of(item.Headline, copy));

        Assert.InRange(Shingles.Jaccard(original, edited), Shingles.Threshold, 1);
        Assert.NotEmpty(Shingles.BandsOf(item.Headline, item.Body).Intersect(Shingles.BandsOf(item.Headline, copy)));
        foreach (var other in SampleBriefing.Items.Skip(1))
        {
            Assert.InRange(Shingles.Jaccard(original, Shingles.Of(other.Headline, other.Body)), 0, 0.2);
        }
    }
}
