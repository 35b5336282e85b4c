using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Host.Tests.Probes.Sender;

// A test-only module that publishes a message to another module and exercises the host's error mapping.

public sealed record StartProbe(Guid Id, string Text);

public sealed record AddProbeNote(string Text, long ExpectedVersion);

public sealed record ProbeStarted(string Text);

public sealed record ProbeNoted(string Text);

[MessageIdentity("probe-sent")]
public sealed record ProbeSent(Guid Id, string Text);

[MessageIdentity("probe-acknowledged")]
public sealed record ProbeAcknowledged(Guid Id);

public sealed class ProbeAcknowledgement
{
    public Guid Id { get; set; }
}

public sealed class ProbeLog
{
    public Guid Id { get; set; }
}

public static class ProbeEndpoints
{
    [WolverinePost("/api/probes")]
    [Authorize(Policy = Policies.Editor)]
    public static (CreationResponse, IStartStream, ProbeSent) Start(StartProbe command) =>
        (new CreationResponse($"/api/probes/{command.Id}"),
            MartenOps.StartStream<ProbeLog>(command.Id, new ProbeStarted(command.Text)),
            new ProbeSent(command.Id, command.Text));

    [WolverinePost("/api/probes/{id}/notes")]
    [Authorize(Policy = Policies.Editor)]
    public static IResult AddNote(Guid id, AddProbeNote command, IDocumentSession session)
    {
        session.Events.Append(id, command.ExpectedVersion + 1, new ProbeNoted(command.Text));
        return Results.Ok();
    }

    [WolverineGet("/api/probes/fail")]
    [Authorize(Policy = Policies.Editor)]
    public static string Fail() => throw new InvalidOperationException("secret internal detail");

    /// <summary>Works until the client goes away.</summary>
    /// <summary>Set when a request reaches the endless endpoint; a test that needs it makes a new one first.</summary>
    public static TaskCompletionSource EndlessEntered { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [WolverineGet("/api/probes/endless")]
    [Authorize(Policy = Policies.Editor)]
    public static async Task<string> Endless(CancellationToken cancellationToken)
    {
        EndlessEntered.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }
}

public sealed record ProbeAcknowledgementRecorded;

public static class ProbeAcknowledgedHandler
{
    public static void Handle(ProbeAcknowledged message, IDocumentSession session)
    {
        session.Store(new ProbeAcknowledgement { Id = message.Id });
        session.Events.Append(message.Id, new ProbeAcknowledgementRecorded());
    }
}

[MessageIdentity("probe-step")]
public sealed record ProbeStep(Guid ItemId, int Step);

[MessageIdentity("probe-slow")]
public sealed record ProbeSlow(Guid ItemId, int Milliseconds);

[MessageIdentity("probe-doomed")]
public sealed record ProbeDoomed(Guid ItemId);

[MessageIdentity("probe-flaky")]
public sealed record ProbeFlaky(Guid ItemId);

public sealed record SendProbeSteps(IReadOnlyList<Guid> ItemIds, int Steps);

public sealed record SendSlowProbe(Guid ItemId, int Milliseconds);

public static class ProbeCascadeEndpoints
{
    [WolverinePost("/api/probes/steps")]
    [Authorize(Policy = Policies.Editor)]
    public static (IResult, OutgoingMessages) Steps(SendProbeSteps command)
    {
        var messages = new OutgoingMessages();
        for (var step = 1; step <= command.Steps; step++)
        {
            messages.AddRange(command.ItemIds.Select(itemId => new ProbeStep(itemId, step)));
        }

        return (Results.Ok(), messages);
    }

    [WolverinePost("/api/probes/slow")]
    [Authorize(Policy = Policies.Editor)]
    public static (IResult, ProbeSlow) Slow(SendSlowProbe command) => (Results.Ok(), new ProbeSlow(command.ItemId, command.Milliseconds));

    [WolverinePost("/api/probes/doomed")]
    [Authorize(Policy = Policies.Editor)]
    public static (IResult, ProbeDoomed) Doomed(SendSlowProbe command) => (Results.Ok(), new ProbeDoomed(command.ItemId));

    [WolverinePost("/api/probes/flaky")]
    [Authorize(Policy = Policies.Editor)]
    public static (IResult, ProbeFlaky) Flaky(SendSlowProbe command) => (Results.Ok(), new ProbeFlaky(command.ItemId));
}
