using Briefing.Submission.Contracts;
using Briefing.Submission.WithdrawingItems;
using Wolverine.Http;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.WithdrawingItems;

/// <summary>Withdrawing decided without a database: given the item and who asks, this command gives these events or this problem.</summary>
public sealed class WithdrawItemDecisionTests
{
    [Fact]
    public void an_item_not_yet_accepted_is_withdrawn_and_review_is_told_why()
    {
        foreach (var item in new[] { Submitted(), InReview(), ChangesRequested() })
        {
            var command = new WithdrawItem(item.Version, "活动延期");

            Assert.Same(WolverineContinue.NoProblems, WithdrawItemEndpoint.Validate(item.Id, command, item, ContributorOf("qijiang")));
            var (_, events, messages) = WithdrawItemEndpoint.Post(item.Id, command, item);

            Assert.Equal([new ItemWithdrawn("活动延期")], events);
            Assert.Equal([new SubmissionWithdrawn(item.Id, "活动延期")], messages);
        }
    }

    [Fact]
    public void an_accepted_item_cannot_be_withdrawn()
    {
        var item = Accepted();

        var problem = WithdrawItemEndpoint.Validate(item.Id, new WithdrawItem(item.Version, null), item, ContributorOf("qijiang"));

        Assert.Equal((409, "/problems/invalid-state", "A submission that is accepted cannot be withdrawn."), (problem.Status, problem.Type, problem.Detail));
    }

    [Fact]
    public void another_organisations_contributor_gets_a_404()
    {
        var item = Submitted();

        Assert.Equal(404, WithdrawItemEndpoint.Validate(item.Id, new WithdrawItem(1, null), item, ContributorOf("fuling")).Status);
    }

    [Fact]
    public void a_stale_version_is_a_409_and_an_overlong_reason_a_400()
    {
        var item = InReview();

        Assert.Equal("/problems/version-conflict", WithdrawItemEndpoint.Validate(item.Id, new WithdrawItem(1, null), item, ContributorOf("qijiang")).Type);
        Assert.Equal(["reason"], WithdrawItemEndpoint.Validate(item.Id, new WithdrawItem(2, new string('因', 2001)), item, ContributorOf("qijiang")).Fields());
    }
}
