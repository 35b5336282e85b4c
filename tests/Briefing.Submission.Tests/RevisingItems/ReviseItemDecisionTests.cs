using Briefing.Submission.Contracts;
using Briefing.Submission.RevisingItems;
using Wolverine.Http;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.RevisingItems;

/// <summary>Revising decided without a database: given the item and who asks, this command gives these events or this problem.</summary>
public sealed class ReviseItemDecisionTests
{
    [Fact]
    public void a_submitted_item_is_revised_and_omitted_fields_keep_their_values()
    {
        var item = Submitted(section: "district");
        var command = new ReviseItem(null, "修改稿。", null, 1);

        Assert.Same(WolverineContinue.NoProblems, ReviseItemEndpoint.Validate(item.Id, command, item, Series(), ContributorOf("qijiang")));
        var (_, events, messages) = ReviseItemEndpoint.Put(item.Id, command, item);

        Assert.Equal([new ItemRevised("綦江区", "修改稿。", "district")], events);
        Assert.Equal([new SubmissionRevised(item.Id, "district", "綦江区", "修改稿。", Resubmitted: false)], messages);
    }

    [Fact]
    public void a_revision_answering_a_request_for_changes_resubmits_the_item()
    {
        var item = ChangesRequested();
        var command = new ReviseItem("綦江区调研", "4月15日，初稿。", "university", item.Version);

        Assert.Same(WolverineContinue.NoProblems, ReviseItemEndpoint.Validate(item.Id, command, item, Series(), ContributorOf("qijiang")));
        var (_, events, messages) = ReviseItemEndpoint.Put(item.Id, command, item);

        Assert.Equal([new SubmissionRevised(item.Id, "university", "綦江区调研", "4月15日，初稿。", Resubmitted: true)], messages);
        Assert.Equal(ItemStatus.Submitted, item.Then(Assert.Single(events)).Status);
    }

    [Fact]
    public void another_organisations_contributor_gets_the_404_of_a_missing_item_whatever_version_it_names()
    {
        var item = Submitted();

        var problem = ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "篡改", null, 99), item, Series(), ContributorOf("fuling"));

        Assert.Equal((404, $"There is no submission {item.Id}."), (problem.Status, problem.Detail));
        Assert.Equal(404, ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "篡改", null, 1), item: null, series: null, SignedInEditor()).Status);
    }

    [Fact]
    public void a_stale_version_is_the_version_conflict_naming_the_current_one()
    {
        var item = Submitted().Then(new ItemRevised("綦江区", "第二稿。", null));

        var problem = ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "基于旧版的修改。", null, 1), item, Series(), ContributorOf("qijiang"));

        Assert.Equal((409, "/problems/version-conflict", 2L), (problem.Status, problem.Type, (long)problem.Extensions["currentVersion"]!));
    }

    [Fact]
    public void an_item_in_review_or_beyond_cannot_be_revised()
    {
        foreach (var item in new[] { InReview(), Accepted(), InReview().Then(new SubmissionRejected("与本期主题无关")) })
        {
            var problem = ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "迟到的修改", null, item.Version), item, Series(), ContributorOf("qijiang"));

            Assert.Equal((409, "/problems/invalid-state"), (problem.Status, problem.Type));
        }
    }

    [Fact]
    public void a_section_the_series_does_not_have_is_a_400_and_bad_text_comes_first()
    {
        var item = Submitted();

        var section = ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "修改稿。", "abroad", 1), item, Series(), ContributorOf("qijiang"));
        var text = ReviseItemEndpoint.Validate(item.Id, new ReviseItem(null, "", "abroad", 7), item: null, series: null, ContributorOf("qijiang"));

        Assert.Equal((400, $"Series '{SeriesId}' has no section 'abroad'."), (section.Status, section.Detail));
        Assert.Equal(["body"], text.Fields());
    }
}
