using System.Diagnostics;

namespace Briefing.Host.Tests.Faults;

/// <summary>The embedded PostgreSQL server dies under a running service, in the middle of a burst of writes.</summary>
public sealed class PostgresCrashTests
{
    private static readonly TimeSpan BurstTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task killing_postgres_mid_burst_answers_503_within_two_seconds_then_recovers_alone_and_loses_no_acknowledged_write()
    {
        await using var service = await ServiceProcess.StartAsync();
        var room = await Newsroom.CreateAsync(service.Api, service.AdminToken);
        await using var burst = WriteBurst.Start(service.Api, room);
        await burst.WaitForMoreAcknowledgedAsync(20, BurstTimeout);

        service.KillPostgres();
        var readiness = await ReadinessDuringOutageAsync(service.Api);
        await burst.WaitForMoreAcknowledgedAsync(20, BurstTimeout); // nobody restarts anything: the service does
        await burst.StopAsync();

        Assert.Contains(readiness, answer => answer.Status == 503);
        FaultAssertions.EveryAnswerIsSuccessClientErrorOr503(burst.Answers.Concat(readiness), allowNoAnswer: false, service.Output);
        FaultAssertions.EveryAnswerCameWithinTwoSeconds(burst.Answers.Concat(readiness));
        FaultAssertions.OutageAnswersAre503ProblemsWithRetryAfter(burst.Answers);
        await Cascades.AssertCompletedAsync(service.Api, room, burst, service.Output);
        Assert.Equal(System.Net.HttpStatusCode.OK, await service.Api.StatusOfAsync("/health/ready"));
        Assert.DoesNotContain(service.Output.Split('\n'), line => line.Contains("ERR] host: HTTP", StringComparison.Ordinal));
    }

    // Until the server is back: a few probes, each of which must answer within the limit too.
    private static async Task<List<Answer>> ReadinessDuringOutageAsync(BriefingApi api)
    {
        var answers = new List<Answer>();
        var waited = Stopwatch.StartNew();
        do
        {
            answers.Add(await api.SendAsync(HttpMethod.Get, "/health/ready", token: null));
            await Task.Delay(100);
        }
        while (answers[^1].Status != 503 && waited.Elapsed < TimeSpan.FromSeconds(2));

        return answers;
    }
}
