using System.Text;
using System.Text.Json;
using Alba;
using Briefing.Host.Tests.Probes;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Tests.Errors;

[Collection(ProbeFixture.Collection)]
public sealed class ProblemDetailsTests(ProbeFixture app) : AppTest<ProbeFixture>(app)
{
    [Fact]
    public async Task a_stale_expected_version_is_a_409_version_conflict_with_the_current_version_and_changes_nothing()
    {
        var id = await StartProbeAsync();
        var current = await StreamVersionAsync(id);

        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new AddProbeNote("late edit", ExpectedVersion: current - 1)).ToUrl($"/api/probes/{id}/notes");
            s.StatusCodeShouldBe(409);
            s.ContentTypeShouldBe("application/problem+json");
        });

        using var problem = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.EndsWith("/version-conflict", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(current, problem.RootElement.GetProperty("currentVersion").GetInt64());
        Assert.Equal(current, await StreamVersionAsync(id));
    }

    [Fact]
    public async Task a_version_conflict_is_logged_as_the_409_it_answers_not_as_an_error()
    {
        var id = await StartProbeAsync();
        App.Log.Clear();

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new AddProbeNote("late edit", ExpectedVersion: 0)).ToUrl($"/api/probes/{id}/notes");
            s.StatusCodeShouldBe(409);
        });

        // The request's line is written as the pipeline unwinds, which can be after the test host hands over the answer.
        var request = await App.Log.WaitForAsync(e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("/notes", StringComparison.Ordinal));
        Assert.Equal("409", request.Properties["StatusCode"].ToString());
        Assert.DoesNotContain(App.Log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error || e.Exception is not null);
    }

    [Fact]
    public async Task the_current_expected_version_is_accepted()
    {
        var id = await StartProbeAsync();
        var current = await StreamVersionAsync(id);

        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new AddProbeNote("timely edit", ExpectedVersion: current)).ToUrl($"/api/probes/{id}/notes");
            s.StatusCodeShouldBeOk();
        });

        Assert.Equal(current + 1, await StreamVersionAsync(id));
    }

    [Fact]
    public async Task an_unexpected_failure_is_a_500_problem_that_reveals_nothing_of_the_code()
    {
        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/probes/fail");
            s.StatusCodeShouldBe(500);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var body = await result.ReadAsTextAsync();
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task a_body_over_one_mebibyte_is_a_413_problem()
    {
        var text = new string('字', 600_000); // 1.8 MB of UTF-8

        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new StartProbe(Guid.NewGuid(), text)).ToUrl("/api/probes");
            s.StatusCodeShouldBe(413);
            s.ContentTypeShouldBe("application/problem+json");
        });

        using var problem = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task malformed_json_is_a_400_problem()
    {
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Text("{\"id\": \"not-a-guid\", ").ToUrl("/api/probes");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    // Waits for the messages it cascades: their handlers append to the same stream.
    private async Task<Guid> StartProbeAsync()
    {
        var id = Guid.NewGuid();
        await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Post.Json(new StartProbe(id, "first")).ToUrl("/api/probes");
            s.StatusCodeShouldBe(201);
        });
        return id;
    }

    private async Task<long> StreamVersionAsync(Guid id)
    {
        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}
