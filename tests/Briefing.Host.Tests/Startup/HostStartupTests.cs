using System.Text.Json;
using Alba;
using Briefing.Host.Consistency;
using Briefing.Testing;

namespace Briefing.Host.Tests.Startup;

[Collection(SharedApp.Collection)]
public sealed class HostStartupTests(AppFixture app)
{
    [Fact]
    public async Task ready_is_200_when_postgresql_answers()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/health/ready");
            s.StatusCodeShouldBeOk();
        });

        Assert.Equal("Healthy", await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task live_is_200()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/health/live");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task openapi_document_is_served()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/openapi/v1.json");
            s.StatusCodeShouldBeOk();
        });

        using var document = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Briefing admin API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/admin/users", out _));
    }

    [Fact]
    public async Task openapi_document_says_which_header_marks_an_answer_sent_before_its_cascade_ended()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));

        using var document = JsonDocument.Parse(await result.ReadAsTextAsync());
        var submit = document.RootElement.GetProperty("paths").GetProperty("/api/submissions").GetProperty("post").GetProperty("responses");
        var header = submit.EnumerateObject().Single(response => response.Name.StartsWith('2')).Value.GetProperty("headers").GetProperty(ReadYourWrites.Header);
        Assert.Equal(["pending", "failed"], header.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        var list = document.RootElement.GetProperty("paths").GetProperty("/api/submissions").GetProperty("get").GetProperty("responses");
        Assert.All(list.EnumerateObject(), response => Assert.False(response.Value.TryGetProperty("headers", out _)));
    }

    [Fact]
    public async Task interactive_reference_is_served_at_docs()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/docs/");
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("text/html");
        });

        var page = await result.ReadAsTextAsync();
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        Assert.Contains("scalar.js", page, StringComparison.Ordinal);

        // The reference's script is served by the host itself, so it works without internet access.
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/docs/scalar.js");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task an_unknown_route_is_a_404_problem()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.WithBearerToken(app.AdminToken);
            s.Get.Url("/api/no-such-thing");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });

        using var problem = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }
}
