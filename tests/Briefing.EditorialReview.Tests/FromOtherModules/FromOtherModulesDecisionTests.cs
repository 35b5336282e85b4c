using Briefing.EditorialReview.FromOtherModules;
using Briefing.Publication.Contracts;
using Briefing.Submission.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Wolverine.Marten;

namespace Briefing.EditorialReview.Tests.FromOtherModules;

/// <summary>What review records when other modules tell it something, decided without a database.</summary>
public sealed class FromOtherModulesDecisionTests
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 4, 14, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void a_submitted_item_opens_its_review_once()
    {
        var received = new SubmissionReceived(Guid.NewGuid(), "jyqs", "qijiang", "district", "綦江区", "初稿。", null, SubmittedAt);

        var start = Assert.IsAssignableFrom<IStartStream>(SubmissionFollowingHandler.Handle(received, open: null, NullLogger<ReviewItem>.Instance));
        Assert.Equal(ReviewItem.StreamIdFor(received.ItemId), start.StreamId);
        Assert.Equal([new ReviewOpened(received.ItemId, "jyqs", "qijiang", "district", "綦江区", "初稿。", SubmittedAt)], start.Events);

        Assert.IsNotAssignableFrom<IStartStream>(SubmissionFollowingHandler.Handle(received, ReviewItems.Submitted(), NullLogger<ReviewItem>.Instance));
    }

    [Fact]
    public void the_contributors_revision_and_withdrawal_follow_the_item_and_nothing_follows_an_item_never_reviewed()
    {
        var item = ReviewItems.InReview();

        Assert.Equal([new ContributorRevisionReceived("綦江区", "二稿。", "district", true)],
            SubmissionFollowingHandler.Handle(new SubmissionRevised(item.ItemId, "district", "綦江区", "二稿。", true), item, NullLogger<ReviewItem>.Instance));
        Assert.Equal([new ReviewWithdrawn("重复报送")], SubmissionFollowingHandler.Handle(new SubmissionWithdrawn(item.ItemId, "重复报送"), item, NullLogger<ReviewItem>.Instance));
        Assert.Empty(SubmissionFollowingHandler.Handle(new SubmissionWithdrawn(item.ItemId, null), item: null, NullLogger<ReviewItem>.Instance));
    }

    [Fact]
    public void placing_removing_and_publishing_are_recorded_with_the_published_text()
    {
        var item = ReviewItems.Accepted();

        Assert.Equal([new ReviewItemPlaced(41)], PublicationFollowingHandler.Handle(new ItemPlaced(item.ItemId, "jyqs", 41), item));
        Assert.Equal([new ReviewItemUnplaced(41)], PublicationFollowingHandler.Handle(new ItemUnplaced(item.ItemId, "jyqs", 41), item));
        Assert.Equal([new ReviewItemPublished(41, "綦江区", "发布稿。")], PublicationFollowingHandler.Handle(new ItemPublished(item.ItemId, "jyqs", 41, "綦江区", "发布稿。"), item));
        Assert.Empty(PublicationFollowingHandler.Handle(new ItemPlaced(item.ItemId, "jyqs", 41), item: null));
    }

    [Fact]
    public void a_series_is_learned_once_with_its_section_keys()
    {
        var defined = new SeriesDefined("jyqs", "教育强市工作简报", "专班", [new SeriesSection("district", "区县动态"), new SeriesSection("university", "高校动态")], "各区县", null);

        var start = Assert.IsAssignableFrom<IStartStream>(SeriesDefinedHandler.Handle(defined, known: null));
        var registered = Assert.IsType<ReviewSeriesRegistered>(Assert.Single(start.Events));
        Assert.Equal("jyqs", registered.SeriesId);
        Assert.Equal(["district", "university"], registered.SectionKeys);
        Assert.IsNotAssignableFrom<IStartStream>(SeriesDefinedHandler.Handle(defined, ReviewItems.Series()));
    }
}
