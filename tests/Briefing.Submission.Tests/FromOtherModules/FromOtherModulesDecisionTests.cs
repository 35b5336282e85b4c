using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Submission.FromOtherModules;
using Microsoft.Extensions.Logging.Abstractions;
using Wolverine.Marten;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.FromOtherModules;

/// <summary>What the other modules' news does to a submission, decided without a database.</summary>
public sealed class FromOtherModulesDecisionTests
{
    private static readonly NullLogger<SubmissionItem> Log = NullLogger<SubmissionItem>.Instance;

    [Fact]
    public void reviews_and_publications_news_is_recorded_on_the_item()
    {
        var item = Submitted();

        Assert.Equal([new SubmissionInReview()], ItemProgressHandler.Handle(new ReviewStarted(item.Id), item, Log));
        Assert.Equal([new SubmissionChangesRequested("请补充调研时间。")], ItemProgressHandler.Handle(new ChangesRequested(item.Id, "请补充调研时间。"), item, Log));
        Assert.Equal([new SubmissionAccepted("university")], ItemProgressHandler.Handle(new ItemAccepted(item.Id, SeriesId, "university", "qijiang", "綦江区", "正文。"), item, Log));
        Assert.Equal([new SubmissionRejected("与本期主题无关")], ItemProgressHandler.Handle(new ItemRejected(item.Id, "与本期主题无关"), item, Log));
        Assert.Equal([new SubmissionPlaced(41)], ItemProgressHandler.Handle(new ItemPlaced(item.Id, SeriesId, 41), item, Log));
        Assert.Equal([new SubmissionUnplaced(41)], ItemProgressHandler.Handle(new ItemUnplaced(item.Id, SeriesId, 41), item, Log));
        Assert.Equal([new SubmissionPublished(42)], ItemProgressHandler.Handle(new ItemPublished(item.Id, SeriesId, 42, "綦江区", "正文。"), item, Log));
    }

    [Fact]
    public void news_of_an_item_never_submitted_records_nothing()
    {
        Assert.Empty(ItemProgressHandler.Handle(new ReviewStarted(Guid.NewGuid()), item: null, Log));
    }

    [Fact]
    public void the_contributor_sees_why_changes_were_requested_and_when()
    {
        var asked = InReview().Then(new SubmissionChangesRequested("请补充调研时间。"), at: SubmittedAt.AddDays(2));

        Assert.Equal((ItemStatus.ChangesRequested, new ChangesRequest("请补充调研时间。", SubmittedAt.AddDays(2))), (asked.Status, asked.ChangesRequested));
    }

    [Fact]
    public void an_imported_item_is_recorded_published_by_whoever_imported_it_and_only_once()
    {
        var imported = new ItemImported(Guid.NewGuid(), SeriesId, 41, "qijiang", "district", "綦江区", "正文。", "abc123");

        using (CurrentActor.Use(Editor))
        {
            var start = Assert.IsType<IStartStream>(ImportedItemHandler.Handle(imported, recorded: null, Log), exactMatch: false);
            Assert.Equal(imported.ItemId, start.StreamId);
            Assert.Equal([new SubmissionImported(imported.ItemId, SeriesId, "qijiang", "district", "綦江区", "正文。", 41, "abc123", Editor)], start.Events);
        }

        Assert.IsNotAssignableFrom<IStartStream>(ImportedItemHandler.Handle(imported, Submitted(), Log));
    }

    [Fact]
    public void an_organisation_an_import_discovered_is_registered_unless_it_is_already()
    {
        var discovered = new OrganisationDiscovered("fuling", "涪陵区", "district");

        var (start, messages) = DiscoveredOrganisationHandler.Handle(discovered, registered: null);
        var (nothing, none) = DiscoveredOrganisationHandler.Handle(discovered, Organisation("fuling", "涪陵区"));

        var started = Assert.IsType<IStartStream>(start, exactMatch: false);
        Assert.Equal(Organisation.StreamIdFor("fuling"), started.StreamId);
        Assert.Equal(("fuling", "涪陵区"), Assert.IsType<OrganisationRegistered>(Assert.Single(messages)) is var registered ? (registered.OrgId, registered.Name) : default);
        Assert.IsNotAssignableFrom<IStartStream>(nothing);
        Assert.Empty(none);
    }
}
