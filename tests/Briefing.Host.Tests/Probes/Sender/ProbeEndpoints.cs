using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
    [WolverineGet("/api/probes/endless")]
    [Authorize(Policy = Policies.Editor)]
    public static async Task<string> Endless(CancellationToken cancellationToken)
    {
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
