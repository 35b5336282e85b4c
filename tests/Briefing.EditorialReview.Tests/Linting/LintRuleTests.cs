using Briefing.EditorialReview.Linting;

namespace Briefing.EditorialReview.Tests.Linting;

/// <summary>Each rule on text that should be flagged and on text that should not.</summary>
public sealed class LintRuleTests
{
    private static readonly IReadOnlyDictionary<string, LintRuleSetting> Everything =
        LintRules.All.ToDictionary(rule => rule.Id, rule => rule.Default with { Enabled = true });

    [Theory]
    [InlineData("开展校\n\n企合作座谈会。", "\n\n", "")]
    [InlineData("深\r\n\r\n入交流。", "\r\n\r\n", "")]
    [InlineData("注入新的活力\n年视角。", "\n", "")]
    [InlineData("校企\t\n\n 合作。", "\t\n\n ", "")]
    [InlineData("优势 and 学院职业教育。", " and ", "和")]
    [InlineData("政府or企业。", "or", "或")]
    [InlineData("双方围绕议题,达成共识。", ",", "，")]
    [InlineData("重庆诗仙太白酒业(集团)有限公司。", "(", "（")]
    [InlineData("重庆诗仙太白酒业(集团)有限公司。", ")", "）")]
    [InlineData("共同培育\"双师型\"人才。", "\"", "“")]
    [InlineData("会期 4.14-4.18。", "-", "—")]
    [InlineData("时间为9:00~11:30。", "~", "—")]
    [InlineData("4月14日 - 18日举行。", " - ", "—")]
    [InlineData("2024-2025年度。", "-", "—")]
    [InlineData("征集10-20家企业。", "-", "～")]
    [InlineData("增长5~8%。", "~", "～")]
    [InlineData("达成共识。。", "。。", "。")]
    [InlineData("人才培养，，实习实训。", "，，", "，")]
    [InlineData("成渝地区双城经济圈 35个地方政府。", " ", "")]
    public void a_rule_flags_what_it_should_with_its_fix(string body, string flagged, string suggestion)
    {
        var findings = ChineseTextLinter.Lint(body, Everything);

        var finding = Assert.Single(findings, f => body.Substring(f.Start, f.Length) == flagged && f.Suggestion == suggestion);
        Assert.Contains(flagged.Trim().Length > 0 ? flagged.Trim() : body.Substring(finding.Start, finding.Length), finding.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paragraph-break", "第一段结束。\n\n第二段开始。")]
    [InlineData("paragraph-break", "重点工作\n\n1.推进建设。")]
    [InlineData("latin-word", "分别在 supOS 工程实践中心、大数据 AI 人才联合培养。")]
    [InlineData("latin-word", "与SGS标瑞新能源技术（重庆）有限公司开展合作。")]
    [InlineData("latin-word", "Chinese and English only.")]
    [InlineData("halfwidth-punct", "增长3.5个百分点，时间10:30。")]
    [InlineData("halfwidth-punct", "邮箱jyqsqxxzb@163.com。")]
    [InlineData("halfwidth-punct", "Hello, world.")]
    [InlineData("straight-quotes", "共同培育“双师型”人才。")]
    [InlineData("range-dash", "第 41 期（4.14—4.18）。")]
    [InlineData("range-dash", "征集10～20家企业。")]
    [InlineData("range-dash", "2025-04-15举行。")]
    [InlineData("range-dash", "电话023-67863060。")]
    [InlineData("unbalanced-pair", "《乌江消落带生态修复规划》（试行）“图书+科技”【要闻】。")]
    [InlineData("doubled-punct", "这是……省略号。")]
    [InlineData("terminal-punct", "推动产教融合。")]
    [InlineData("terminal-punct", "签署《合作协议》")]
    [InlineData("number-spacing", "成渝地区双城经济圈35个地方政府。")]
    public void a_rule_leaves_correct_text_alone(string rule, string body) =>
        Assert.DoesNotContain(ChineseTextLinter.Lint(body, Everything), finding => finding.Rule == rule);

    [Theory]
    [InlineData("（未闭合的括号。", 0, "（")]
    [InlineData("多余的括号）。", 5, "）")]
    [InlineData("《书名”。", 0, "《")]
    public void an_unbalanced_bracket_or_quote_is_an_error_without_a_fix(string body, int start, string flagged)
    {
        var finding = Assert.Single(ChineseTextLinter.Lint(body), f => f.Rule == "unbalanced-pair" && f.Start == start);

        Assert.Equal((flagged, "error", (string?)null), (body.Substring(finding.Start, finding.Length), finding.Severity, finding.Suggestion));
    }

    [Fact]
    public void a_body_without_closing_punctuation_gets_a_full_stop_at_its_end()
    {
        const string body = "推动产教融合  ";

        var finding = Assert.Single(ChineseTextLinter.Lint(body), f => f.Rule == "terminal-punct");

        Assert.Equal((6, 0, "。"), (finding.Start, finding.Length, finding.Suggestion));
        Assert.Equal("推动产教融合。  ", ChineseTextLinter.ApplyFixes(body, [finding]).Text);
    }

    [Fact]
    public void positions_count_utf16_code_units()
    {
        const string body = "𠀀𠀁开展校\n\n企合作。"; // two characters outside the BMP, two code units each

        var finding = Assert.Single(ChineseTextLinter.Lint(body), f => f.Rule == "paragraph-break");

        Assert.Equal(7, finding.Start);
    }

    [Fact]
    public void number_spacing_is_off_unless_the_series_turns_it_on_and_severity_follows_the_series()
    {
        const string body = "经济圈 35 个地方政府。";
        Assert.Empty(ChineseTextLinter.Lint(body));

        var settings = new Dictionary<string, LintRuleSetting> { ["number-spacing"] = new(true, Severities.Warning) };
        var findings = ChineseTextLinter.Lint(body, settings);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("number-spacing", "warning"), (f.Rule, f.Severity)));
    }

    [Fact]
    public void a_rule_turned_off_finds_nothing()
    {
        var settings = new Dictionary<string, LintRuleSetting> { ["doubled-punct"] = new(false, Severities.Error) };

        Assert.Empty(ChineseTextLinter.Lint("达成共识。。", settings));
    }
}
