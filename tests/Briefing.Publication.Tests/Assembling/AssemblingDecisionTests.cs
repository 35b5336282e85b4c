using Briefing.Publication.Assembling;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.Publication.Tests.Assembling;

/// <summary>Placing, moving and removing items and the editor's note, decided without a database: given the issue, its items and this request, these events or this problem.</summary>
public sealed class AssemblingDecisionTests
{
    private readonly PublicationSeries _series = Issues.Series();

    [Fact]
    public void placing_an_item_puts_it_last_in_the_section_it_was_accepted_for_and_tells_the_other_modules()
    {
        var placed = Issues.Ready("甲。");
        var item = Issues.Ready("乙。");
        var issue = Issues.Draft().Placing(placed);
        var command = new PlaceItem(item.ItemId, null, null, issue.Version);

        Assert.Same(WolverineContinue.NoProblems, PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, command, issue, item, _series));
        var (_, events, messages, readyItems) = PlaceItemEndpoint.Post(Issues.SeriesId, Issues.Number, command, issue, item);

        Assert.Equal([new IssueItemPlaced(item.ItemId, "district", 1)], events);
        Assert.Equal([new ItemPlaced(item.ItemId, Issues.SeriesId, Issues.Number)], messages);
        Assert.Equal([(ReadyItem.StreamIdFor(item.ItemId), (object)new ReadyItemPlaced(Issues.Number))], readyItems.Events);
    }

    [Fact]
    public void an_item_can_be_placed_at_a_position_of_another_section()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(Issues.Ready(section: "university"));
        var command = new PlaceItem(item.ItemId, "university", 0, issue.Version);

        Assert.Same(WolverineContinue.NoProblems, PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, command, issue, item, _series));
        Assert.Equal([new IssueItemPlaced(item.ItemId, "university", 0)], PlaceItemEndpoint.Post(Issues.SeriesId, Issues.Number, command, issue, item).Item2);
    }

    [Fact]
    public void only_an_accepted_item_of_the_series_that_is_in_the_pool_can_be_placed()
    {
        var issue = Issues.Draft();
        var otherSeries = ReadyItem.Create(new JasperFx.Events.Event<ItemReadied>(new ItemReadied(Guid.NewGuid(), "other", "qijiang", "district", "綦江区", "正文。")));
        var placedElsewhere = Issues.Ready();
        placedElsewhere.Apply(new ReadyItemPlaced(40));
        var published = Issues.Ready();
        published.Apply(new ReadyItemPlaced(40));
        published.Apply(new ReadyItemPublished(40));

        foreach (var (item, detail) in new (ReadyItem?, string)[]
                 {
                     (null, "is not an accepted item"), (otherSeries, "was accepted for series 'other'"),
                     (placedElsewhere, "is placed in issue 40 already"), (published, "was published in issue 40"),
                 })
        {
            var problem = PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item?.ItemId ?? Guid.NewGuid(), null, null, 1), issue, item, _series);

            Assert.Equal((409, "/problems/invalid-state"), (problem.Status, problem.Type));
            Assert.Contains(detail, problem.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void a_section_the_series_lacks_or_a_position_past_the_end_is_a_400()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(Issues.Ready());

        var section = PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item.ItemId, "abroad", null, issue.Version), issue, item, _series);
        var position = PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item.ItemId, null, 2, issue.Version), issue, item, _series);

        Assert.Equal((400, "Series 'jyqs' has no section 'abroad'."), (section.Status, section.Detail));
        Assert.Equal((400, "The section holds 1 item(s) here; position must be between 0 and 1."), (position.Status, position.Detail));
    }

    [Fact]
    public void the_body_is_checked_first_then_the_issue_is_404_then_a_stale_version_409_then_its_state()
    {
        var (item, placed) = (Issues.Ready(), Issues.Ready());
        var signedOff = Issues.Draft().Placing(placed).SignedOff(placed);

        Assert.Equal(400, PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(null, null, null, 9), null, null, null).Status);
        Assert.Equal(400, PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item.ItemId, null, -1, 9), null, item, null).Status);
        var missing = PlaceItemEndpoint.Validate(Issues.SeriesId, 7, new PlaceItem(item.ItemId, null, null, 9), null, item, _series);
        var stale = PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item.ItemId, null, null, 1), signedOff, item, _series);
        var frozen = PlaceItemEndpoint.Validate(Issues.SeriesId, Issues.Number, new PlaceItem(item.ItemId, null, null, signedOff.Version), signedOff, item, _series);

        Assert.Equal((404, "Series 'jyqs' has no issue 7."), (missing.Status, missing.Detail));
        Assert.Equal((409, "/problems/version-conflict", signedOff.Version), (stale.Status, stale.Type, (long)stale.Extensions["currentVersion"]!));
        Assert.Equal((409, "Issue 41 is signed-off; it cannot be assembled."), (frozen.Status, frozen.Detail));
    }

    [Fact]
    public void moving_an_item_keeps_its_section_unless_one_is_named_and_counts_the_section_without_it()
    {
        var (a, b) = (Issues.Ready("甲。"), Issues.Ready("乙。"));
        var issue = Issues.Draft().Placing(a, b);

        Assert.Same(WolverineContinue.NoProblems, MoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, a.ItemId, new MoveItem(null, 1, issue.Version), issue, _series));
        Assert.Equal(400, MoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, a.ItemId, new MoveItem(null, 2, issue.Version), issue, _series).Status);

        Assert.Equal([new IssueItemMoved(a.ItemId, "district", 1)], MoveItemEndpoint.Post(a.ItemId, new MoveItem(null, 1, issue.Version), issue).Item2);
        Assert.Equal([new IssueItemMoved(b.ItemId, "university", 0)], MoveItemEndpoint.Post(b.ItemId, new MoveItem("university", 0, issue.Version), issue).Item2);
    }

    [Fact]
    public void moving_needs_a_position_and_an_item_of_the_issue()
    {
        var issue = Issues.Draft().Placing(Issues.Ready());
        var absent = Guid.NewGuid();

        Assert.Equal(400, MoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, absent, new MoveItem(null, null, issue.Version), issue, _series).Status);
        var problem = MoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, absent, new MoveItem(null, 0, issue.Version), issue, _series);
        Assert.Equal((404, $"Item {absent} is not placed in issue 41."), (problem.Status, problem.Detail));
    }

    [Fact]
    public void removing_an_item_returns_it_to_the_pool_and_tells_the_other_modules()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item);

        Assert.Same(WolverineContinue.NoProblems, RemoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, item.ItemId, issue.Version, issue));
        var (_, events, messages, readyItems) = RemoveItemEndpoint.Delete(Issues.SeriesId, Issues.Number, item.ItemId, issue);

        Assert.Equal([new IssueItemRemoved(item.ItemId)], events);
        Assert.Equal([new ItemUnplaced(item.ItemId, Issues.SeriesId, Issues.Number)], messages);
        Assert.Equal([(ReadyItem.StreamIdFor(item.ItemId), (object)new ReadyItemReturned(Issues.Number))], readyItems.Events);
    }

    [Fact]
    public void removing_needs_the_version_it_was_read_at_and_an_item_of_the_issue()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item);

        var unversioned = RemoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, item.ItemId, null, issue);
        var absent = RemoveItemEndpoint.Validate(Issues.SeriesId, Issues.Number, Guid.NewGuid(), issue.Version, issue);

        Assert.Equal((400, "The query parameter expectedVersion is required."), (unversioned.Status, unversioned.Detail));
        Assert.Equal(StatusCodes.Status404NotFound, absent.Status);
    }

    [Fact]
    public void a_new_editors_note_is_recorded_and_the_one_it_has_changes_nothing()
    {
        var issue = Issues.Draft(editorNote: "本期共一条。");

        Assert.Same(WolverineContinue.NoProblems, SetEditorNoteEndpoint.Validate(Issues.SeriesId, Issues.Number, new SetEditorNote("本期共两条。", 1), issue));
        Assert.Equal([new EditorNoteChanged("本期共两条。")], SetEditorNoteEndpoint.Put(new SetEditorNote("本期共两条。", 1), issue).Item2);
        Assert.Equal([new EditorNoteChanged(null)], SetEditorNoteEndpoint.Put(new SetEditorNote("", 1), issue).Item2);
        Assert.Empty(SetEditorNoteEndpoint.Put(new SetEditorNote("本期共一条。", 1), issue).Item2);
        Assert.Empty(SetEditorNoteEndpoint.Put(new SetEditorNote(null, 1), Issues.Draft()).Item2);
    }

    [Fact]
    public void changing_the_note_of_a_signed_off_issue_voids_the_sign_off_with_it()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item);

        Assert.Same(WolverineContinue.NoProblems, SetEditorNoteEndpoint.Validate(Issues.SeriesId, Issues.Number, new SetEditorNote("补记。", issue.Version), issue));
        Assert.Equal([new EditorNoteChanged("补记。"), new IssueSignOffVoided("签发后修改了编者按。", null)],
            SetEditorNoteEndpoint.Put(new SetEditorNote("补记。", issue.Version), issue).Item2);
    }

    [Fact]
    public void the_note_of_a_published_issue_changes_only_through_errata_and_a_long_note_is_a_400()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item).Published(item);

        Assert.Equal((409, "/problems/invalid-state"), (SetEditorNoteEndpoint.Validate(Issues.SeriesId, Issues.Number, new SetEditorNote("补记。", issue.Version), issue).Status,
            SetEditorNoteEndpoint.Validate(Issues.SeriesId, Issues.Number, new SetEditorNote("补记。", issue.Version), issue).Type));
        Assert.Equal(400, SetEditorNoteEndpoint.Validate(Issues.SeriesId, Issues.Number, new SetEditorNote(new string('注', Kernel.TextLimits.Note + 1), issue.Version), issue).Status);
    }
}
