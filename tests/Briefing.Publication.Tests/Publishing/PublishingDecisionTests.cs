using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Briefing.Publication.Publishing;
using JasperFx.Events;
using Wolverine.Http;

namespace Briefing.Publication.Tests.Publishing;

/// <summary>Publishing and errata decided without a database: given the issue and its text, these events, messages and answer, or this problem.</summary>
public sealed class PublishingDecisionTests
{
    [Fact]
    public void publishing_freezes_the_signed_off_text_at_the_clocks_instant_and_publishes_every_item_in_every_module()
    {
        var (a, b) = (Issues.Ready("甲。"), Issues.Ready("乙。", section: "university", headline: "西南大学"));
        var issue = Issues.Draft().Placing(a, b).SignedOff(a, b);
        var draft = Issues.DraftOf(issue, a, b);
        var clock = Issues.Clock();

        Assert.Same(WolverineContinue.NoProblems, PublishIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new PublishIssue(issue.Version), issue, draft));
        var (_, events, messages, readyItems) = PublishIssueEndpoint.Post(Issues.SeriesId, Issues.Number, new PublishIssue(issue.Version), issue, draft, clock);

        var stamped = Assert.IsAssignableFrom<IEvent>(Assert.Single(events));
        Assert.Equal(new IssuePublished(draft.Document, draft.Markdown, issue.SignedOffHash!, clock.GetUtcNow()), stamped.Data);
        Assert.Equal(clock.GetUtcNow(), stamped.Timestamp);
        var publishedAt = clock.GetUtcNow();
        Assert.Equal([new ItemPublished(a.ItemId, Issues.SeriesId, Issues.Number, "綦江区", "甲。", publishedAt), new ItemPublished(b.ItemId, Issues.SeriesId, Issues.Number, "西南大学", "乙。", publishedAt)], messages);
        Assert.Equal([(ReadyItem.StreamIdFor(a.ItemId), (object)new ReadyItemPublished(Issues.Number)), (ReadyItem.StreamIdFor(b.ItemId), new ReadyItemPublished(Issues.Number))],
            readyItems.Events);
    }

    [Fact]
    public void publishing_text_other_than_the_text_signed_off_is_refused_and_the_refusal_stores_nothing()
    {
        var item = Issues.Ready("签发稿。");
        var issue = Issues.Draft().Placing(item).SignedOff(item);
        item.Apply(new ReadyItemRevised(item.Headline, "未经签发的文本。", item.Section));

        // Validate is all a refused request runs: a problem, and no events to store.
        var problem = PublishIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new PublishIssue(issue.Version), issue, Issues.DraftOf(issue, item));

        Assert.Equal((409, "/problems/invalid-state", "The text of issue 41 changed after it was signed off; sign it off again."), (problem.Status, problem.Type, problem.Detail));
    }

    [Fact]
    public void only_a_signed_off_issue_can_be_published()
    {
        var item = Issues.Ready();
        var draft = Issues.Draft().Placing(item);

        var problem = PublishIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new PublishIssue(draft.Version), draft, Issues.DraftOf(draft, item));

        Assert.Equal((409, "Issue 41 is draft; it cannot be published (only a signed-off issue can be published)."), (problem.Status, problem.Detail));
        Assert.Equal(404, PublishIssueEndpoint.Validate(Issues.SeriesId, 7, new PublishIssue(1), null, null).Status);
    }

    [Fact]
    public void the_answer_to_publishing_is_the_published_issue()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item).Published(item);

        Assert.Equal(new PublishedResponse(issue.ContentHash!, Issues.Clock().GetUtcNow(), issue.Version), PublishedResponse.From(issue));
    }

    [Fact]
    public void an_erratum_is_issued_by_the_chief_editor_at_the_clocks_instant()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item).Published(item);
        var clock = Issues.Clock();
        clock.Advance(TimeSpan.FromDays(3));
        var command = new IssueErratum(item.ItemId, "“李钱松”应为“李前松”。", issue.Version);

        Assert.Same(WolverineContinue.NoProblems, IssueErratumEndpoint.Validate(Issues.SeriesId, Issues.Number, command, issue));
        var (created, events) = IssueErratumEndpoint.Post(Issues.SeriesId, Issues.Number, command, issue, Issues.SignedIn(Issues.Chief), clock);

        var stamped = Assert.IsAssignableFrom<IEvent>(Assert.Single(events));
        var erratum = Assert.IsType<ErratumIssued>(stamped.Data);
        Assert.Equal((item.ItemId, command.Text, clock.GetUtcNow(), Issues.Chief, clock.GetUtcNow()), (erratum.ItemId, erratum.Text, erratum.IssuedAt, erratum.ChiefEditor, stamped.Timestamp));
        Assert.Equal((erratum.ErratumId, issue.Version + 1), (created.Value!.Id, created.Value.Version));
        Assert.Equal("/api/series/jyqs/issues/41", created.Location);
    }

    [Fact]
    public void an_erratum_needs_a_text_a_published_issue_and_an_item_published_in_it()
    {
        var item = Issues.Ready();
        var draft = Issues.Draft().Placing(item);
        var published = Issues.Draft().Placing(item).SignedOff(item).Published(item);

        Assert.Equal(400, IssueErratumEndpoint.Validate(Issues.SeriesId, Issues.Number, new IssueErratum(null, "", 1), null).Status);
        Assert.Equal(400, IssueErratumEndpoint.Validate(Issues.SeriesId, Issues.Number, new IssueErratum(null, new string('更', TextLimits.Note + 1), 1), null).Status);
        Assert.Equal(409, IssueErratumEndpoint.Validate(Issues.SeriesId, Issues.Number, new IssueErratum(null, "更正。", draft.Version), draft).Status);
        var stranger = IssueErratumEndpoint.Validate(Issues.SeriesId, Issues.Number, new IssueErratum(Guid.Empty, "更正。", published.Version), published);
        Assert.Equal((400, $"Item {Guid.Empty} was not published in issue 41."), (stranger.Status, stranger.Detail));
    }
}
