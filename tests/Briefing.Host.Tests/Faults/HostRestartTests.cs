namespace Briefing.Host.Tests.Faults;

/// <summary>The host process goes away in the middle of a burst of writes and is started again on the same data.</summary>
public sealed class HostRestartTests
{
    private static readonly TimeSpan BurstTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task a_host_killed_mid_burst_delivers_every_acknowledged_write_to_every_module_after_it_starts_again()
    {
        await using var service = await ServiceProcess.StartAsync();
        var room = await Newsroom.CreateAsync(service.Api, service.AdminToken);
        await using var burst = WriteBurst.Start(service.Api, room);
        await burst.WaitForMoreAcknowledgedAsync(30, BurstTimeout);

        await service.Host.KillAsync();
        await burst.StopAsync();
        await service.StartHostAsync();

        FaultAssertions.EveryAnswerIsSuccessClientErrorOr503(burst.Answers, allowNoAnswer: true, service.Output);
        await Cascades.AssertCompletedAsync(service.Api, room, burst, service.Output);
    }

    [Fact]
    public async Task a_host_stopped_mid_burst_delivers_every_acknowledged_write_to_every_module_after_it_starts_again()
    {
        await using var service = await ServiceProcess.StartAsync();
        var room = await Newsroom.CreateAsync(service.Api, service.AdminToken);
        await using var burst = WriteBurst.Start(service.Api, room);
        await burst.WaitForMoreAcknowledgedAsync(30, BurstTimeout);

        Assert.True(await service.Host.StopAsync(TimeSpan.FromSeconds(60)), service.Output);
        await burst.StopAsync();
        await service.StartHostAsync();

        FaultAssertions.EveryAnswerIsSuccessClientErrorOr503(burst.Answers, allowNoAnswer: true, service.Output);
        await Cascades.AssertCompletedAsync(service.Api, room, burst, service.Output);
    }

    [Fact]
    public async Task a_host_stopped_during_an_outage_exits_and_delivers_the_messages_that_waited_after_it_starts_again()
    {
        await using var service = await ServiceProcess.StartOnExternalServerAsync();
        var room = await Newsroom.CreateAsync(service.Api, service.AdminToken);
        await using var burst = WriteBurst.Start(service.Api, room);
        await burst.WaitForMoreAcknowledgedAsync(30, BurstTimeout);

        service.Proxy!.Refuse();
        await service.Host.WaitForOutputAsync("PostgreSQL does not answer", TimeSpan.FromSeconds(15)); // the messages under way now wait for the database
        Assert.True(await service.Host.StopAsync(TimeSpan.FromSeconds(30)), $"The host did not stop during the outage: {service.Output}");
        await burst.StopAsync();
        service.Proxy.Restore();
        await service.StartHostAsync();

        FaultAssertions.EveryAnswerIsSuccessClientErrorOr503(burst.Answers, allowNoAnswer: true, service.Output);
        await Cascades.AssertCompletedAsync(service.Api, room, burst, service.Output);
    }
}
