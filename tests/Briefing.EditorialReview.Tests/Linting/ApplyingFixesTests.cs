using Briefing.EditorialReview.Linting;

namespace Briefing.EditorialReview.Tests.Linting;

public sealed class ApplyingFixesTests
{
    [Fact]
    public void every_safe_fix_is_applied_and_the_text_then_lints_clean()
    {
        const string body = "双方围绕议题,在 4.14-4.18 开展\"校\n\n企\"合作 and 交流。。";

        var (text, applied) = ChineseTextLinter.ApplyFixes(body, ChineseTextLinter.Lint(body));

        Assert.Equal("双方围绕议题，在 4.14—4.18 开展“校企”合作和交流。", text);
        Assert.Equal(["halfwidth-punct", "range-dash", "straight-quotes", "paragraph-break", "straight-quotes", "latin-word", "doubled-punct"], applied.Select(f => f.Rule));
        Assert.Empty(ChineseTextLinter.Lint(text));
    }

    [Fact]
    public void only_the_rules_asked_for_are_applied()
    {
        const string body = "开展校\n\n企合作,达成共识。。";

        var (text, applied) = ChineseTextLinter.ApplyFixes(body, ChineseTextLinter.Lint(body), new HashSet<string> { "paragraph-break" });

        Assert.Equal("开展校企合作,达成共识。。", text);
        Assert.Equal("paragraph-break", Assert.Single(applied).Rule);
    }

    [Fact]
    public void findings_without_a_safe_fix_are_left_alone()
    {
        const string body = "《未闭合的书名。";

        var (text, applied) = ChineseTextLinter.ApplyFixes(body, ChineseTextLinter.Lint(body));

        Assert.Equal(body, text);
        Assert.Empty(applied);
    }
}
