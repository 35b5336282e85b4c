using System.Text.Json;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Importing;

[Collection(SharedApp.Collection)]
public sealed class ImportIssueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private static readonly string ImportUrl = $"/api/series/{Given.SeriesId}/import?year=2025";

    [Fact]
    public async Task the_sample_imports_as_published_issue_41_that_renders_back_to_the_sample_and_verifies()
    {
        await App.SeriesAsync();
        await App.OrganisationAsync("qijiang", "綦江区");
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "导入编辑")).Token;

        var imported = await ImportAsync(editor, SampleBriefing.Markdown, 201);

        Assert.Equal(41, imported.GetProperty("number").GetInt32());
        var itemIds = imported.GetProperty("itemIds").EnumerateArray().Select(id => id.GetGuid()).ToList();
        Assert.Equal(25, itemIds.Count);
        var markdown = await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", editor, 200)).ReadAsTextAsync();
        Assert.Equal(CanonicalMarkdown.Of(SampleBriefing.Markdown), markdown);
        var issue = await App.JsonAsync(Given.IssueUrl(), editor);
        Assert.Equal(("published", "2025-04-14", "2025-04-18"), (issue.GetProperty("status").GetString(), issue.GetProperty("periodStart").GetString(), issue.GetProperty("periodEnd").GetString()));
        var items = issue.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal("qijiang", items[0].GetProperty("orgId").GetString());

        var organisations = (await App.JsonAsync("/api/orgs", editor)).EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("kind").GetString());
        Assert.Equal(("district", "university", "department"), (organisations["綦江区"], organisations["西南大学"], organisations["教育强市区县行专班"]));
        Assert.Equal("published", (await App.JsonAsync($"/api/submissions/{itemIds[0]}", App.AdminToken)).GetProperty("status").GetString());
        Assert.Equal("published", (await App.JsonAsync($"/api/review/items/{itemIds[0]}", editor)).GetProperty("status").GetString());

        var auditor = await App.TokenForAsync(Roles.Auditor);
        var verify = await App.JsonAsync($"/api/audit/series/{Given.SeriesId}/issues/41/verify", auditor);
        Assert.True(verify.GetProperty("match").GetBoolean());
        Assert.True(verify.GetProperty("chain").GetProperty("intact").GetBoolean());
        var history = (await App.JsonAsync($"/api/audit/series/{Given.SeriesId}/issues/41/history", auditor)).GetProperty("entries").EnumerateArray().ToList();
        var origin = history.Single(e => e.GetProperty("eventType").GetString() == "issue_imported");
        Assert.Equal("导入编辑", origin.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(25, history.Count(e => e.GetProperty("eventType").GetString() is "submission_imported" or "review_imported") / 2);
        Assert.DoesNotContain(history, e => e.GetProperty("eventType").GetString() is "item_submitted" or "review_accepted");

        // The import happened at one instant: as of it, the issue stands published, and says where it came from.
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SampleBriefing.Markdown)));
        Assert.Equal(sha256, issue.GetProperty("importedFrom").GetString());
        var asOf = await App.JsonAsync($"/api/audit/series/{Given.SeriesId}/issues/41/as-of?at={Uri.EscapeDataString(issue.GetProperty("publishedAt").GetString()!)}", auditor);
        Assert.Equal(("published", 25, sha256), (asOf.GetProperty("status").GetString(),
            asOf.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("items").GetArrayLength()), asOf.GetProperty("importedFrom").GetString()));
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

        var imported = await ImportAsync(editor, markdown, 201, "/api/series/mouqu/import?year=2025");

        Assert.Equal(7, imported.GetProperty("number").GetInt32());
        var issue = await App.JsonAsync("/api/series/mouqu/issues/7", editor);
        Assert.Equal(("2025-12-29", "2026-01-02"), (issue.GetProperty("periodStart").GetString(), issue.GetProperty("periodEnd").GetString()));
        Assert.Equal(CanonicalMarkdown.Of(markdown), await (await App.SendAsync("GET", "/api/series/mouqu/issues/7/render", editor, 200)).ReadAsTextAsync());
        var ownWork = issue.GetProperty("sections")[1].GetProperty("items")[0].GetProperty("orgId").GetString();
        Assert.Contains((await App.JsonAsync("/api/orgs", editor)).EnumerateArray(),
            o => o.GetProperty("id").GetString() == ownWork && o.GetProperty("name").GetString() == "某区教委办公室" && o.GetProperty("kind").GetString() == "department");
    }

    [Fact]
    public async Task a_document_that_cannot_be_imported_is_refused_and_nothing_is_stored()
    {
        await App.SeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);
        await App.IssueAsync(editor, 41);

        var noNumber = await ImportAsync(editor, "# 简报\n\n## 【区县动态】\n\n◆**綦江区**调研。\n", 400);
        var noSections = await ImportAsync(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n只有按语。\n", 400);
        var outside = await ImportAsync(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n◆**綦江区**调研。\n\n## 【区县动态】\n\n◆**永川区**调研。\n", 400);
        var unknownSection = await ImportAsync(editor, "# 简报\n\n第 42 期（4.21—4.25）\n\n## 【其他】\n\n◆**綦江区**调研。\n", 400);
        await ImportAsync(editor, SampleBriefing.Markdown, 409);

        Assert.StartsWith("Line 3:", noNumber.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Line 3:", noSections.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Line 5:", outside.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Line 5:", unknownSection.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([41], (await App.JsonAsync($"/api/series/{Given.SeriesId}/issues", editor)).EnumerateArray().Select(i => i.GetProperty("number").GetInt32()));
        Assert.Equal(0, (await App.JsonAsync("/api/orgs", editor)).GetArrayLength());
        Assert.Equal(0, (await App.JsonAsync($"/api/series/{Given.SeriesId}/ready-items", editor)).GetArrayLength());
        await ImportAsync(await App.TokenForAsync(Roles.Contributor), SampleBriefing.Markdown, 403);
        await App.SendAsync("POST", $"/api/series/{Given.SeriesId}/import", editor, 415, new { markdown = "JSON is not a briefing" });
    }

    private Task<JsonElement> ImportAsync(string token, string markdown, int status, string? url = null) =>
        App.ImportAsync(token, markdown, status, url ?? ImportUrl);
}
