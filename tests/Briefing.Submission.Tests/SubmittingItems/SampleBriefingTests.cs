using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Submission.Tests.SubmittingItems;

/// <summary>The 25 items of the real 第 41 期, each submitted by a contributor of its organisation.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleBriefingTests(AppFixture app) : SubmissionTest(app)
{
    [Fact]
    public async Task the_twenty_five_items_of_issue_41_are_submitted_and_read_back_exactly()
    {
        var submitted = await App.SampleIssueSubmittedAsync();
        var editor = await App.TokenForAsync(Roles.Editor);

        Assert.Equal(25, submitted.Count);
        Assert.Equal(25, (await ListAsync(editor, "?pageSize=100")).Total);
        foreach (var (id, item, contributor) in submitted)
        {
            var stored = await GetAsync(id, contributor);
            Assert.Equal((item.Headline, item.Body, Given.SampleSectionKeys[item.SectionTitle]), (stored.Headline, stored.Body, stored.Section));
        }
    }
}
