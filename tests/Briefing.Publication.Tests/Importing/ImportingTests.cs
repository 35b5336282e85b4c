using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Assembling;
using Briefing.Publication.Contracts;
using Briefing.Publication.Importing;
using Briefing.Publication.ReadingIssues;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Publication.Tests.Importing;

[Collection(SharedApp.Collection)]
public sealed class ImportingTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private static readonly string ImportUrl = $"/api/series/{Given.SeriesId}/import?year=2025";

    [Fact]
    public async Task the_sample_imports_as_published_issue_41_that_renders_back_to_the_sample_and_verifies()
    {
        await App.SeriesAsync();
        await App.OrganisationAsync("qijiang", "綦江区");
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "导入编辑")).Token;

        var imported = await ImportAsync<ImportedIssueResponse>(editor, SampleBriefing.Markdown, 201);

        Assert.Equal(41, imported.Number);
        Assert.Equal(25, imported.ItemIds.Count);
        var markdown = await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", editor, 200)).ReadAsTextAsync();
        Assert.Equal(CanonicalMarkdown.Of(SampleBriefing.Markdown), markdown);
        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), editor);
        Assert.Equal((IssueStatus.Published, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18)), (issue.Status, issue.PeriodStart, issue.PeriodEnd));
        Assert.Equal(imported.ItemIds, issue.Sections.SelectMany(s => s.Items).Select(i => i.ItemId));
        Assert.Equal("qijiang", issue.Sections[0].Items[0].OrgId);

        var organisations = (await App.ReadAsync<List<Organisation>>("/api/orgs", editor)).ToDictionary(o => o.Name, o => o.Kind);
        Assert.Equal(("district", "university", "department"), (organisations["綦江区"], organisations["西南大学"], organisations["教育强市区县行专班"]));
        Assert.Equal("published", (await App.ReadAsync<ItemView>($"/api/submissions/{imported.ItemIds[0]}", App.AdminToken)).Status);
        Assert.Equal("published", (await App.ReadAsync<ItemView>($"/api/review/items/{imported.ItemIds[0]}", editor)).Status);

        var auditor = await App.TokenForAsync(Roles.Auditor);
        var verify = await App.VerifyAsync(auditor);
        Assert.True(verify.Match);
        Assert.True(verify.Chain.Intact);
        var history = (await App.HistoryAsync(auditor)).Entries;
        var origin = history.Single(e => e.EventType == "issue_imported");
        Assert.Equal("导入编辑", origin.Actor.Name);
        Assert.Equal(25, history.Count(e => e.EventType is "submission_imported" or "review_imported") / 2);
        Assert.DoesNotContain(history, e => e.EventType is "item_submitted" or "review_accepted");

        // The import happened at one instant: as of it, the issue stands published, and says where it came from.
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SampleBriefing.Markdown)));
        Assert.Equal(sha256, issue.ImportedFrom);
        var asOf = await App.ReadAsync<IssueView>(Given.AsOfUrl(issue.PublishedAt!.Value), auditor);
        Assert.Equal((IssueStatus.Published, 25, sha256), (asOf.Status, asOf.Sections.Sum(s => s.Items.Count), asOf.ImportedFrom));
    }

    [Fact]
    public async Task another_layout_imports_into_a_series_with_those_sections_and_renders_back()
    {
        const string markdown = "# 某区教育工作简报\n\n第 7 期（12.29—1.2）\n\n编者按：本期聚焦校企合作。\n\n## 【工作动态】\n\n◆**某某中学**开展校\n\n企合作。\n\n◆**某某小学**举行活动。\n\n## 【近期工作】\n\n◆**推进课后服务。**完善方案。\n\n---\n\n分送：区委、区政府\n";
        await App.SendAsync("POST", "/api/series", App.AdminToken, 201, new
        {
            id = "mouqu",
            title = "某区教育工作简报",
            issuingUnit = "某区教委办公室",
            sections = new[] { new { key = "news", title = "工作动态" }, new { key = "own", title = "近期工作" } },
            distribution = "区委、区政府",
        });
        var editor = await App.TokenForAsync(Roles.Editor);

        var imported = await ImportAsync<ImportedIssueResponse>(editor, markdown, 201, "/api/series/mouqu/import?year=2025");

        Assert.Equal(7, imported.Number);
        var issue = await App.ReadAsync<IssueView>("/api/series/mouqu/issues/7", editor);
        Assert.Equal((new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 2)), (issue.PeriodStart, issue.PeriodEnd));
        Assert.Equal(CanonicalMarkdown.Of(markdown), await (await App.SendAsync("GET", "/api/series/mouqu/issues/7/render", editor, 200)).ReadAsTextAsync());
        var ownWork = issue.Sections[1].Items[0].OrgId;
        Assert.Contains(await App.ReadAsync<List<Organisation>>("/api/orgs", editor), o => o == new Organisation(ownWork, "某区教委办公室", "department"));
    }

    [Fact]
    public async Task a_document_that_cannot_be_imported_is_refused_and_nothing_is_stored()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.IssueAsync(editor, 41);

        var noNumber = await ImportAsync<ProblemDetails>(editor, "# 简报\n\n## 【区县动态】\n\n◆**綦江区**调研。\n", 400);
        var noSections = await ImportAsync<ProblemDetails>(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n只有按语。\n", 400);
        var outside = await ImportAsync<ProblemDetails>(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n◆**綦江区**调研。\n\n## 【区县动态】\n\n◆**永川区**调研。\n", 400);
        var unknownSection = await ImportAsync<ProblemDetails>(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n## 【其他】\n\n◆**綦江区**调研。\n", 400);
        await App.ImportAsync(editor, SampleBriefing.Markdown, 409, ImportUrl);

        Assert.StartsWith("Line 3:", noNumber.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Line 3:", noSections.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Line 5:", outside.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Line 5:", unknownSection.Detail, StringComparison.Ordinal);
        Assert.Equal([41], (await App.ReadAsync<List<IssueSummary>>($"/api/series/{Given.SeriesId}/issues", editor)).Select(i => i.Number));
        Assert.Empty(await App.ReadAsync<List<Organisation>>("/api/orgs", editor));
        Assert.Empty(await App.ReadAsync<List<ReadyItemResponse>>($"/api/series/{Given.SeriesId}/ready-items", editor));
        await App.ImportAsync(await App.TokenForAsync(Roles.Contributor), SampleBriefing.Markdown, 403, ImportUrl);
        await App.SendAsync("POST", $"/api/series/{Given.SeriesId}/import", editor, 415, new { markdown = "JSON is not a briefing" });
    }

    private async Task<T> ImportAsync<T>(string token, string markdown, int status, string? url = null) =>
        await (await App.ImportAsync(token, markdown, status, url ?? ImportUrl)).ReadAsJsonAsync<T>() ?? throw new InvalidOperationException("The import answered null.");

    private sealed record Organisation(string Id, string Name, string Kind);
}
