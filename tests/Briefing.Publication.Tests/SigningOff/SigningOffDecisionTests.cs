using Briefing.Publication.Contracts;
using Briefing.Publication.SigningOff;
using Wolverine.Http;

namespace Briefing.Publication.Tests.SigningOff;

/// <summary>Signing off decided without a database: given the issue and its text as it renders now, this sign-off or this problem.</summary>
public sealed class SigningOffDecisionTests
{
    [Fact]
    public void a_sign_off_records_the_chief_editor_and_the_hash_of_the_text_as_it_renders_now()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item);
        var draft = Issues.DraftOf(issue, item);

        Assert.Same(WolverineContinue.NoProblems, SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(issue.Version), issue, draft));
        var (_, events) = SignOffIssueEndpoint.Post(new SignOffIssue(issue.Version), issue, draft, Issues.SignedIn(Issues.Chief));

        Assert.Equal([new IssueSignedOff(CanonicalMarkdown.HashOf(MarkdownRenderer.Render(draft.Document)), Issues.Chief)], events);
    }

    [Fact]
    public void an_issue_without_items_cannot_be_signed_off()
    {
        var issue = Issues.Draft();

        var problem = SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(1), issue, Issues.DraftOf(issue));

        Assert.Equal((409, "/problems/invalid-state", "Issue 41 has no items to sign off."), (problem.Status, problem.Type, problem.Detail));
    }

    [Fact]
    public void an_issue_signed_off_as_it_reads_now_cannot_be_signed_off_again()
    {
        var item = Issues.Ready();
        var issue = Issues.Draft().Placing(item).SignedOff(item);

        var problem = SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(issue.Version), issue, Issues.DraftOf(issue, item));

        Assert.Equal((409, "Issue 41 is signed-off; it cannot be signed off."), (problem.Status, problem.Detail));
    }

    [Fact]
    public void an_issue_whose_text_is_no_longer_the_text_signed_off_can_be_signed_off_again_so_it_is_never_stuck()
    {
        var item = Issues.Ready("签发稿。");
        var issue = Issues.Draft().Placing(item).SignedOff(item);
        item.Apply(new ReadyItemRevised(item.Headline, "未经签发的文本。", item.Section));
        var draft = Issues.DraftOf(issue, item);

        Assert.Same(WolverineContinue.NoProblems, SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(issue.Version), issue, draft));
        var (_, events) = SignOffIssueEndpoint.Post(new SignOffIssue(issue.Version), issue, draft, Issues.SignedIn(Issues.Chief));

        var signedOff = Assert.IsType<IssueSignedOff>(Assert.Single(events));
        Assert.Equal(draft.ContentHash, signedOff.ContentHash);
        Assert.NotEqual(issue.SignedOffHash, signedOff.ContentHash);
    }

    [Fact]
    public void a_missing_issue_is_404_a_stale_version_409_and_a_published_issue_cannot_be_signed_off()
    {
        var item = Issues.Ready();
        var published = Issues.Draft().Placing(item).SignedOff(item).Published(item);

        Assert.Equal(404, SignOffIssueEndpoint.Validate(Issues.SeriesId, 7, new SignOffIssue(1), null, null).Status);
        Assert.Equal("/problems/version-conflict", SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(1), published, Issues.DraftOf(published, item)).Type);
        Assert.Equal("Issue 41 is published; it cannot be signed off.",
            SignOffIssueEndpoint.Validate(Issues.SeriesId, Issues.Number, new SignOffIssue(published.Version), published, Issues.DraftOf(published, item)).Detail);
    }
}
