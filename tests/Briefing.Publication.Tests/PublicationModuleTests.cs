using System.Text.Json;
using Alba;
using Briefing.Publication.Rendering;
using Briefing.Testing;

namespace Briefing.Publication.Tests;

[Collection(SharedApp.Collection)]
public sealed class PublicationModuleTests(AppFixture app)
{
    [Fact]
    public void the_module_is_registered_with_a_durable_queue_of_its_own() =>
        ModuleWiring.AssertRegistered(app.Host, PublicationModule.Name, typeof(PublicationModule));

    [Fact]
    public async Task the_openapi_document_describes_the_three_render_formats()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        var render = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement
            .GetProperty("paths").GetProperty("/api/series/{seriesId}/issues/{number}/render").GetProperty("get");

        Assert.Equal(["text/markdown", "text/html", DocxRenderer.ContentType],
            render.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task the_openapi_document_says_an_import_takes_markdown()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        var import = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement
            .GetProperty("paths").GetProperty("/api/series/{seriesId}/import").GetProperty("post");

        Assert.Contains("text/markdown", import.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name));
    }
}
