using System.Diagnostics.CodeAnalysis;
using JasperFx.CodeGeneration.Frames;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Configuration;

namespace Briefing.Kernel;

/// <summary>What a write answers about the aggregate it changed: a view the contract names, built from the aggregate.</summary>
public interface IViewOf<in TAggregate, out TSelf>
{
    static abstract TSelf From(TAggregate aggregate);
}

/// <summary>
/// The answer of a write in Wolverine's aggregate workflow: the aggregate as Marten holds it once the
/// endpoint's events are applied, shown as <typeparamref name="TView"/>. (Wolverine's own
/// <c>UpdatedAggregate</c> answers with the aggregate itself, whose id is the module's stream id
/// rather than the id the contract names.)
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Wolverine's IResponseAware is a static abstract member.")]
public sealed class Updated<TAggregate, TView> : IResponseAware
    where TAggregate : class
    where TView : IViewOf<TAggregate, TView>
{
    public static void ConfigureResponse(IChain chain) =>
        chain.UseForResponse(new MethodCall(typeof(Updated<TAggregate, TView>), nameof(LatestAsync)));

    /// <summary>Runs after the events are saved; the stream is the one the workflow fetched for writing.</summary>
    public static async Task<TView> LatestAsync(IDocumentSession session, IEventStream<TAggregate> stream, CancellationToken cancellationToken) =>
        TView.From(await session.Events.FetchLatest<TAggregate>(stream.Id, cancellationToken)
                   ?? throw new InvalidOperationException($"Stream {stream.Id} has no {typeof(TAggregate).Name}."));
}
