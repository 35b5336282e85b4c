namespace Briefing.Host.Tests.Faults;

/// <summary>The service on a server of its own, which goes away for a while in the middle of a burst of writes.</summary>
public sealed class ExternalServerBurstTests
{
    private static readonly TimeSpan BurstTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task a_server_gone_for_seconds_mid_burst_gets_every_answer_within_two_seconds_and_loses_no_acknowledged_write()
    {
        await using var service = await ServiceProcess.StartOnExternalServerAsync();
        var room = await Newsroom.CreateAsync(service.Api, service.AdminToken);
        await using var burst = WriteBurst.Start(service.Api, room);
        await burst.WaitForMoreAcknowledgedAsync(20, BurstTimeout);

        // Right after an acknowledgement: its cascade is under way, and the answers of writes made just
        // before must not wait for cascades that cannot finish until the server is back.
        service.Proxy!.Refuse();
        await Task.Delay(OutageLength);
        service.Proxy.Restore();
        await burst.WaitForMoreAcknowledgedAsync(20, BurstTimeout);
        await burst.StopAsync();

        FaultAssertions.EveryAnswerIsSuccessClientErrorOr503(burst.Answers, allowNoAnswer: false, service.Output);
        FaultAssertions.EveryAnswerCameWithinTwoSeconds(burst.Answers);
        FaultAssertions.OutageAnswersAre503ProblemsWithRetryAfter(burst.Answers);
        await Cascades.AssertCompletedAsync(service.Api, room, burst, service.Output);
    }
}
