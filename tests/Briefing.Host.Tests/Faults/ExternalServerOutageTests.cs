using System.Diagnostics;
using System.Text.Json;
using Alba;
using Briefing.Host.Outages;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Briefing.Host.Tests.Faults;

/// <summary>The service on a connection string to a server of its own, which goes away and comes back.</summary>
[Collection(ProxiedAppFixture.Collection)]
public sealed class ExternalServerOutageTests(ProxiedAppFixture app) : AppTest<ProxiedAppFixture>(app)
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(15);

    // A probe a second that gives up after a second, and slack for a machine busy with other tests.
    private static readonly TimeSpan NoticeLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task while_the_server_refuses_connections_every_call_is_a_503_problem_within_two_seconds_logged_as_one_warning()
    {
        var contributor = await App.QijiangContributorAsync();
        App.Log.Clear();

        App.Proxy.Refuse();
        await EveryCallAnswers503WithinTwoSecondsAsync(contributor);

        var handled = App.Log.Events.Where(e => SourceOf(e) == "Briefing.Host.Errors.ProblemExceptionHandler").ToList();
        Assert.Equal(3, handled.Count);
        Assert.All(handled, e => Assert.True(e.Level == LogEventLevel.Warning && e.Exception is null, e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(App.Log.Events, e => SourceOf(e) == "Serilog.AspNetCore.RequestLoggingMiddleware" && e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task a_server_that_accepts_connections_but_never_answers_gets_a_503_within_two_seconds()
    {
        var contributor = await App.QijiangContributorAsync();

        App.Proxy.Swallow();
        await EveryCallAnswers503WithinTwoSecondsAsync(contributor);
    }

    [Fact]
    public async Task when_open_connections_go_silent_calls_answer_503_within_two_seconds_once_the_outage_is_noticed()
    {
        var contributor = await App.QijiangContributorAsync();

        App.Proxy.Freeze();
        // A query already sent on an open connection waits for Npgsql's command timeout; once the monitor
        // has noticed, the pool is empty and every call gives up in time.
        await UntilTheOutageIsNoticedAsync();
        await EveryCallAnswers503WithinTwoSecondsAsync(contributor);
    }

    [Fact]
    public async Task when_the_server_comes_back_the_service_recovers_by_itself_and_cascades_run_again()
    {
        var contributor = await App.QijiangContributorAsync();
        App.Proxy.Refuse();
        await App.SendAsync("GET", "/api/orgs", App.AdminToken, 503);

        App.Proxy.Restore();
        await UntilTheServiceAnswersAsync();

        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, section = "district", body = "綦江区召开教育强区推进会。" });
        var editor = await App.TokenForAsync(Roles.Editor);
        Assert.Equal("submitted", (await App.JsonAsync($"/api/review/items/{id}", editor)).GetProperty("status").GetString());
    }

    public override async Task DisposeAsync()
    {
        App.Proxy.Restore();
        await UntilTheServiceAnswersAsync();
    }

    private async Task EveryCallAnswers503WithinTwoSecondsAsync(string contributor)
    {
        await AnswersUnavailableWithinTwoSecondsAsync(s =>
        {
            s.WithBearerToken(App.AdminToken);
            s.Get.Url("/api/orgs");
        });
        await AnswersUnavailableWithinTwoSecondsAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Post.Json(new { seriesId = Given.SeriesId, section = "district", body = "綦江区召开教育强区推进会。" }).ToUrl("/api/submissions");
        });
        await AnswersUnavailableWithinTwoSecondsAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Get.Url($"/api/submissions?seriesId={Given.SeriesId}");
        });

        var clock = Stopwatch.StartNew();
        await App.Host.Scenario(s =>
        {
            s.Get.Url("/health/ready");
            s.StatusCodeShouldBe(503);
        });
        Assert.True(clock.Elapsed < FaultAssertions.AnswerLimit, $"/health/ready took {clock.Elapsed}");
    }

    private async Task AnswersUnavailableWithinTwoSecondsAsync(Action<Scenario> call)
    {
        var clock = Stopwatch.StartNew();
        var result = await App.Host.Scenario(s =>
        {
            call(s);
            s.StatusCodeShouldBe(503);
            s.ContentTypeShouldBe("application/problem+json");
        });
        Assert.True(clock.Elapsed < FaultAssertions.AnswerLimit, $"the 503 took {clock.Elapsed}");
        Assert.Equal("5", result.Context.Response.Headers.RetryAfter.ToString());
        using var problem = JsonDocument.Parse(await result.ReadAsTextAsync());
        Assert.Equal("/problems/database-unavailable", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
    }

    private async Task UntilTheOutageIsNoticedAsync()
    {
        var availability = App.Host.Services.GetRequiredService<DatabaseAvailability>();
        var clock = Stopwatch.StartNew();
        while (availability.IsAvailable)
        {
            Assert.True(clock.Elapsed < NoticeLimit, $"the monitor had not noticed the outage after {clock.Elapsed}");
            await Task.Delay(50);
        }
    }

    private async Task UntilTheServiceAnswersAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var result = await App.Host.Scenario(s =>
            {
                s.WithBearerToken(App.AdminToken);
                s.Get.Url("/api/orgs");
                s.IgnoreStatusCode();
            });
            // The monitor too: a test after this one must not find the last outage still announced.
            if (result.Context.Response.StatusCode == 200 && App.Host.Services.GetRequiredService<DatabaseAvailability>().IsAvailable)
            {
                return;
            }

            Assert.True(waited.Elapsed < RecoveryLimit, $"The service still answers {result.Context.Response.StatusCode} {RecoveryLimit.TotalSeconds} s after the server came back");
            await Task.Delay(200);
        }
    }

    private static string? SourceOf(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) ? ((ScalarValue)source).Value as string : null;
}
