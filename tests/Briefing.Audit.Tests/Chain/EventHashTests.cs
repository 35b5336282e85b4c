using Briefing.Audit.Chain;
using Briefing.Identity.Contracts;

namespace Briefing.Audit.Tests.Chain;

public sealed class EventHashTests
{
    private static readonly Actor Editor = new("u1", "编辑");
    private static readonly Guid Stream = Guid.NewGuid();
    private static readonly DateTimeOffset Instant = new(2025, 4, 18, 1, 2, 3, TimeSpan.Zero);

    [Fact]
    public void the_canonical_form_ignores_member_order_and_white_space_but_not_content()
    {
        var written = """{"Headline":"綦江区","Body":"调研\"移通\"。","Position":0,"Tags":["a","b"]}""";
        var storedByJsonb = """{"Body": "调研\"移通\"。", "Tags": ["a", "b"], "Headline": "\u7da6\u6c5f\u533a", "Position": 0}""";

        Assert.Equal(CanonicalJson.Of(written), CanonicalJson.Of(storedByJsonb));
        Assert.Equal("""{"Body":"调研\"移通\"。","Headline":"綦江区","Position":0,"Tags":["a","b"]}""", CanonicalJson.Of(written));
        Assert.NotEqual(CanonicalJson.Of(written), CanonicalJson.Of(written.Replace("\"b\"", "\"c\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void the_hash_changes_with_each_thing_it_covers()
    {
        var hash = EventHash.Of(Stream, 3, "review_edited", """{"Body":"甲"}""", Editor, Instant, "prev");

        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, EventHash.Of(Stream, 3, "review_edited", """{ "Body" : "甲" }""", Editor, Instant.AddTicks(3), "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 3, "review_accepted", """{"Body":"甲"}""", Editor, Instant, "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 3, "review_edited", """{"Body":"乙"}""", Editor, Instant, "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 3, "review_edited", """{"Body":"甲"}""", Editor with { Name = "别人" }, Instant, "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 3, "review_edited", """{"Body":"甲"}""", Editor, Instant.AddMilliseconds(1), "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 3, "review_edited", """{"Body":"甲"}""", Editor, Instant, "other"));
        Assert.NotEqual(hash, EventHash.Of(Guid.NewGuid(), 3, "review_edited", """{"Body":"甲"}""", Editor, Instant, "prev"));
        Assert.NotEqual(hash, EventHash.Of(Stream, 4, "review_edited", """{"Body":"甲"}""", Editor, Instant, "prev"));
    }
}
