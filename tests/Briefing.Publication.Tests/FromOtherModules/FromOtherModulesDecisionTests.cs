using Briefing.EditorialReview.Contracts;
using Briefing.Publication.FromOtherModules;
using Briefing.Publication.Importing;
using Briefing.Submission.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Publication.Tests.FromOtherModules;

/// <summary>What publication does with other modules' messages, decided without a database: given what it holds, these events.</summary>
public sealed class FromOtherModulesDecisionTests
{
    private static readonly NullLogger<ReadyItem> Log = NullLogger<ReadyItem>.Instance;

    [Fact]
    public void an_accepted_item_joins_the_pool_once()
    {
        var accepted = new ItemAccepted(Guid.NewGuid(), Issues.SeriesId, "district", "qijiang", "綦江区", "正文。");

        Assert.Equal([new ItemReadied(accepted.ItemId, Issues.SeriesId, "qijiang", "district", "綦江区", "正文。")], ItemAcceptedHandler.Handle(accepted, null, Log));
        Assert.Empty(ItemAcceptedHandler.Handle(accepted, Issues.Ready(), Log));
    }

    [Fact]
    public void an_edit_of_an_item_in_the_pool_changes_its_text_only()
    {
        var item = Issues.Ready();
        var edited = new AcceptedItemEdited(item.ItemId, "綦江区", "改稿。", "university");

        var (events, others) = AcceptedItemEditedHandler.Handle(edited, item, issue: null, Log);

        Assert.Equal([new ReadyItemRevised("綦江区", "改稿。", "university")], events);
        Assert.Empty(others.Events);
    }

    [Fact]
    public void an_edit_of_an_item_placed_in_a_draft_is_recorded_on_the_issue_too()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item);

        var (events, others) = AcceptedItemEditedHandler.Handle(new AcceptedItemEdited(item.ItemId, "綦江区", "改稿。", "district"), item, issue, Log);

        Assert.Equal([new ReadyItemRevised("綦江区", "改稿。", "district")], events);
        Assert.Equal([(issue.Id, (object)new IssueItemRevised(item.ItemId))], others.Events);
    }

    [Fact]
    public void an_edit_of_an_item_of_a_signed_off_issue_voids_the_sign_off_as_it_happens()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item);

        var (_, others) = AcceptedItemEditedHandler.Handle(new AcceptedItemEdited(item.ItemId, "綦江区", "改稿。", "district"), item, issue, Log);

        Assert.Equal([(issue.Id, (object)new IssueItemRevised(item.ItemId)), (issue.Id, new IssueSignOffVoided("签发后修改了稿件“綦江区”。", item.ItemId))],
            others.Events);
    }

    [Fact]
    public void an_edit_of_an_item_publication_does_not_have_or_has_published_changes_nothing()
    {
        var published = Issues.Ready();
        published.Apply(new ReadyItemPublished(40));

        foreach (var item in new[] { null, published })
        {
            var (events, others) = AcceptedItemEditedHandler.Handle(new AcceptedItemEdited(Guid.NewGuid(), "綦江区", "改稿。", "district"), item, null, Log);

            Assert.Empty(events);
            Assert.Empty(others.Events);
        }
    }

    [Fact]
    public void a_series_is_registered_once_with_its_print_layout()
    {
        var defined = new SeriesDefined(Issues.SeriesId, "简报", "办公室", [new SeriesSection("district", "区县动态")], "分送单位", "a@example.cn");

        var registered = Assert.IsType<PublicationSeriesRegistered>(Assert.Single(SeriesDefinedHandler.Handle(defined, null)));

        Assert.Equal((Issues.SeriesId, "简报", "办公室", "分送单位", "a@example.cn"),
            (registered.SeriesId, registered.Title, registered.IssuingUnit, registered.Distribution, registered.SubmissionEmail));
        Assert.Equal(new SectionTitle("district", "区县动态"), Assert.Single(registered.Sections));
        Assert.Empty(SeriesDefinedHandler.Handle(defined, Issues.Series()));
    }

    [Fact]
    public void a_registered_organisation_is_known_by_its_name_and_aliases()
    {
        var store = OrganisationRegisteredHandler.Handle(new OrganisationRegistered("qijiang", "綦江区", "district", ["綦江"]));

        var known = Assert.IsType<KnownOrganisation>(store.Document);
        Assert.True(known.IsNamed("綦江区") && known.IsNamed("綦江"));
        Assert.Equal("qijiang", known.Id);
    }
}
