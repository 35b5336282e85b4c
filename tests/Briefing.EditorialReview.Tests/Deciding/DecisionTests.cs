using Briefing.EditorialReview.Contracts;
using Briefing.EditorialReview.Deciding;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.EditorialReview.Tests.Deciding;

/// <summary>Accepting, rejecting and sending back decided without a database: given the item, this command gives these events or this problem.</summary>
public sealed class DecisionTests
{
    [Fact]
    public void accepting_an_item_in_review_records_its_section_and_offers_it_to_publication()
    {
        var item = ReviewItems.InReview(section: null);

        Assert.Same(WolverineContinue.NoProblems, AcceptItemEndpoint.Validate(item.ItemId, new AcceptItem("university", 2), item, ReviewItems.Series()));
        var (_, events, messages) = AcceptItemEndpoint.Post(item.ItemId, new AcceptItem("university", 2), item);

        Assert.Equal([new ReviewAccepted("university")], events);
        var accepted = Assert.IsType<ItemAccepted>(Assert.Single(messages));
        Assert.Equal((item.ItemId, "university", "qijiang"), (accepted.ItemId, accepted.Section, accepted.OrgId));
    }

    [Fact]
    public void accepting_keeps_the_contributors_section_when_none_is_named()
    {
        var item = ReviewItems.InReview(section: "district");

        var (_, events, _) = AcceptItemEndpoint.Post(item.ItemId, new AcceptItem(null, 2), item);

        Assert.Equal([new ReviewAccepted("district")], events);
    }

    [Fact]
    public void an_item_without_a_section_cannot_be_accepted_without_one()
    {
        var item = ReviewItems.InReview(section: null);

        var problem = AcceptItemEndpoint.Validate(item.ItemId, new AcceptItem(null, 2), item, ReviewItems.Series());

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Contains("section", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void a_section_the_series_does_not_have_is_refused()
    {
        var item = ReviewItems.InReview();

        var problem = AcceptItemEndpoint.Validate(item.ItemId, new AcceptItem("abroad", 2), item, ReviewItems.Series());

        Assert.Equal((400, "Series 'jyqs' has no section 'abroad'."), (problem.Status, problem.Detail));
    }

    [Fact]
    public void an_item_not_in_review_is_404_before_any_other_check()
    {
        var problem = AcceptItemEndpoint.Validate(Guid.NewGuid(), new AcceptItem("abroad", 7), item: null, series: null);

        Assert.Equal(StatusCodes.Status404NotFound, problem.Status);
    }

    [Fact]
    public void a_stale_version_is_the_version_conflict_naming_the_current_one()
    {
        var item = ReviewItems.InReview();

        var problem = RejectItemEndpoint.Validate(item.ItemId, new RejectItem("重复报送。", 1), item);

        Assert.Equal((409, "/problems/version-conflict", 2L), (problem.Status, problem.Type, (long)problem.Extensions["currentVersion"]!));
    }

    [Fact]
    public void only_an_item_in_review_can_be_decided()
    {
        var item = ReviewItems.Accepted();

        var problem = RequestChangesEndpoint.Validate(item.ItemId, new RequestChanges("请补充日期。", item.Version), item);

        Assert.Equal((409, "/problems/invalid-state"), (problem.Status, problem.Type));
    }

    [Fact]
    public void rejecting_needs_a_reason_and_tells_submission()
    {
        var item = ReviewItems.InReview();

        Assert.Equal(400, RejectItemEndpoint.Validate(item.ItemId, new RejectItem("", 2), item).Status);
        var (_, events, messages) = RejectItemEndpoint.Post(item.ItemId, new RejectItem("重复报送。", 2), item);

        Assert.Equal([new ReviewRejected("重复报送。")], events);
        Assert.Equal([new ItemRejected(item.ItemId, "重复报送。")], messages);
    }

    [Fact]
    public void sending_an_item_back_records_the_reason_and_tells_submission()
    {
        var item = ReviewItems.InReview();

        var (_, events, messages) = RequestChangesEndpoint.Post(item.ItemId, new RequestChanges("请补充日期。", 2), item);

        Assert.Equal([new ReviewChangesRequested("请补充日期。")], events);
        Assert.Equal([new ChangesRequested(item.ItemId, "请补充日期。")], messages);
    }
}
