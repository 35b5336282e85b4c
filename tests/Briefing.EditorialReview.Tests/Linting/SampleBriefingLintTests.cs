using Briefing.EditorialReview.Linting;
using Briefing.Testing;

namespace Briefing.EditorialReview.Tests.Linting;

/// <summary>The linter on the real 第 41 期: its page-break artefacts and its stray English word, and nothing on its legitimate Latin words.</summary>
public sealed class SampleBriefingLintTests
{
    [Fact]
    public void every_page_break_artefact_of_the_sample_is_reported()
    {
        var artefacts = SampleBriefing.Items
            .SelectMany(item => ChineseTextLinter.Lint(item.Body).Where(f => f.Rule == "paragraph-break").Select(f => (item.Headline, f)))
            .ToList();

        var expected = SampleBriefing.Items.Where(item => item.Body.Contains("\n\n", StringComparison.Ordinal)).Select(item => item.Headline).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, artefacts.Select(a => a.Headline));
        Assert.All(artefacts, a => Assert.Equal("\n\n", a.Item2.Excerpt.Substring(a.Item2.Start - Math.Max(0, a.Item2.Start - 6), 2)));
    }

    [Fact]
    public void the_stray_english_word_is_reported_and_brand_names_are_not()
    {
        var latin = SampleBriefing.Items.SelectMany(item => ChineseTextLinter.Lint(item.Body).Where(f => f.Rule == "latin-word")).ToList();

        var finding = Assert.Single(latin);
        Assert.Equal((" and ", "和"), (finding.Excerpt.Substring(finding.Start - Math.Max(0, finding.Start - 6), finding.Length), finding.Suggestion));
        Assert.Contains(SampleBriefing.Items, item => item.Body.Contains("supOS", StringComparison.Ordinal));
    }

    [Fact]
    public void with_the_default_rules_the_sample_has_nothing_else_to_say_about_numbers()
    {
        var findings = SampleBriefing.Items.SelectMany(item => ChineseTextLinter.Lint(item.Body)).ToList();

        Assert.DoesNotContain(findings, f => f.Rule == "number-spacing");
        Assert.DoesNotContain(findings, f => f.Rule is "unbalanced-pair" or "doubled-punct");
    }
}
