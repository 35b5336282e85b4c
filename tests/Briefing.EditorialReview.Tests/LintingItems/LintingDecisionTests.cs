using Briefing.EditorialReview.Contracts;
using Briefing.EditorialReview.Linting;
using Briefing.EditorialReview.LintingItems;
using Wolverine.Http;

namespace Briefing.EditorialReview.Tests.LintingItems;

/// <summary>Applying fixes and configuring rules, decided without a database.</summary>
public sealed class LintingDecisionTests
{
    [Fact]
    public void the_fixes_are_one_revision_whose_note_lists_them_and_the_answer_names_that_revision()
    {
        var item = ReviewItems.Submitted().Then(new ContributorRevisionReceived("綦江区", "开展校\n\n企合作,交流。", "district", false)).Then(new ReviewClaimed(ReviewItems.Editor));

        var (answer, events, messages) = ApplyLintFixesEndpoint.Post(item.ItemId, new ApplyLintFixes(null, item.Version), item, ReviewItems.Series());

        var edited = Assert.IsType<ReviewEdited>(Assert.Single(events));
        Assert.Equal(("开展校企合作，交流。", "lint fixes: paragraph-break ×1, halfwidth-punct ×1"), (edited.Body, edited.Note));
        Assert.Equal((item.Version + 1, item.Revision + 1), (answer.Version, answer.Revision));
        Assert.Equal(["paragraph-break", "halfwidth-punct"], answer.Applied.Select(f => f.Rule));
        Assert.Empty(messages);
    }

    [Fact]
    public void nothing_to_fix_records_nothing()
    {
        var item = ReviewItems.InReview();

        var (answer, events, _) = ApplyLintFixesEndpoint.Post(item.ItemId, new ApplyLintFixes(null, item.Version), item, ReviewItems.Series());

        Assert.Empty(events);
        Assert.Equal((item.Version, item.Revision), (answer.Version, answer.Revision));
    }

    [Fact]
    public void fixing_an_accepted_item_tells_publication()
    {
        var item = ReviewItems.Submitted().Then(new ContributorRevisionReceived("綦江区", "交流,座谈。", "district", false))
            .Then(new ReviewClaimed(ReviewItems.Editor)).Then(new ReviewAccepted("district"));

        var (_, _, messages) = ApplyLintFixesEndpoint.Post(item.ItemId, new ApplyLintFixes(["halfwidth-punct"], item.Version), item, ReviewItems.Series());

        Assert.Equal([new AcceptedItemEdited(item.ItemId, "綦江区", "交流，座谈。", "district")], messages);
    }

    [Fact]
    public void rules_are_configured_only_by_name_and_with_a_known_severity()
    {
        var series = ReviewItems.Series();
        var on = new Dictionary<string, LintRuleSetting> { ["number-spacing"] = new(true, "warning") };

        Assert.Same(WolverineContinue.NoProblems, ConfigureLintRulesEndpoint.Validate("jyqs", new ConfigureLintRules(on), series));
        Assert.Equal(400, ConfigureLintRulesEndpoint.Validate("jyqs", new ConfigureLintRules(new Dictionary<string, LintRuleSetting> { ["no-such-rule"] = new(true, "warning") }), series).Status);
        Assert.Equal(400, ConfigureLintRulesEndpoint.Validate("jyqs", new ConfigureLintRules(new Dictionary<string, LintRuleSetting> { ["number-spacing"] = new(true, "loud") }), series).Status);
        Assert.Equal(404, ConfigureLintRulesEndpoint.Validate("jyqs", new ConfigureLintRules(on), series: null).Status);

        var (_, events) = ConfigureLintRulesEndpoint.Put(new ConfigureLintRules(on), series);
        Assert.Equal(on, Assert.IsType<LintRulesConfigured>(Assert.Single(events)).Rules);
    }
}
