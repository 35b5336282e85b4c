using Briefing.Kernel.Printing;
using Briefing.Kernel;
using System.Security.Cryptography;
using System.Text;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Publication.Assembling;
using Briefing.Publication.Contracts;
using Briefing.Publication.Rendering;
using Briefing.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Briefing.Publication.Tests.Publishing;

/// <summary>The real 第 41 期, assembled from its 25 items through the API, published and downloaded.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleIssueTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task a_chief_editor_assembles_issue_41_in_the_samples_order_publishes_it_and_downloads_the_sample()
    {
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "值班编辑")).Token;
        var chief = await App.ChiefEditorAsync();
        var accepted = await App.SampleIssueAcceptedAsync(editor);
        Assert.Equal(accepted.Select(a => a.Id), (await App.ReadAsync<List<ReadyItemResponse>>($"/api/series/{Given.SeriesId}/ready-items", chief)).Select(i => i.ItemId));

        var version = await App.IssueAsync(chief);
        foreach (var (id, _, _) in accepted)
        {
            version = await App.PlaceAsync(chief, id, version);
        }

        Assert.Empty(await App.ReadAsync<List<ReadyItemResponse>>($"/api/series/{Given.SeriesId}/ready-items", chief));
        version = await App.SignOffAsync(chief, version);
        var published = await App.PublishAsync(chief, version);

        var markdown = await RenderAsync("md", chief);
        Assert.Equal(SampleBriefing.WithoutWhitespace(SampleBriefing.Markdown), SampleBriefing.WithoutWhitespace(markdown));
        Assert.Equal(CanonicalMarkdown.Of(SampleBriefing.Markdown), markdown);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown))), published.ContentHash);

        var issue = await App.ReadAsync<IssueView>(Given.IssueUrl(), App.AdminToken);
        Assert.Equal((IssueStatus.Published, published.ContentHash, published.PublishedAt), (issue.Status, issue.ContentHash, issue.PublishedAt));
        foreach (var (id, item, contributor) in accepted)
        {
            Assert.Equal("published", (await App.ReadAsync<ItemView>($"/api/submissions/{id}", contributor)).Status);
            Assert.Equal("published", (await App.ReadAsync<ItemView>($"/api/review/items/{id}", editor)).Status);
        }

        var html = await RenderAsync("html", chief);
        Assert.Contains($"<h1>{string.Join("<br>", OfficialDocument.TitleLines(SampleBriefing.Title))}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<span>{ChinaTime.ChineseDate(published.PublishedAt)}</span>", html, StringComparison.Ordinal);
        Assert.Equal(25, html.Split("<p class=\"item\">◆<strong>").Length - 1);

        using var word = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync("docx", chief)), false);
        Assert.Equal(OfficialDocument.TitleOnOneLine(SampleBriefing.Title), word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);
    }

    private async Task<string> RenderAsync(string format, string token) =>
        await (await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format={format}", token, 200)).ReadAsTextAsync();

    private async Task<byte[]> DownloadAsync(string format, string token)
    {
        var result = await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format={format}", token, 200);
        Assert.Equal(DocxRenderer.ContentType, result.Context.Response.ContentType);
        using var bytes = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
