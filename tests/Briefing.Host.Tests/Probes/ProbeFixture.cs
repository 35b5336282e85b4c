using Briefing.Host.Consistency;
using Briefing.Host.Modules;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Testing;
using Microsoft.AspNetCore.Hosting;
using Wolverine;

namespace Briefing.Host.Tests.Probes;

/// <summary>The real host plus three test-only modules, registered the way real modules are.</summary>
public sealed class ProbeFixture : AppFixture
{
    public const string Collection = "probe-app";
    public static readonly BriefingModule SenderModule = BriefingModule.Of("probe-sender", typeof(ProbeEndpoints), new Dictionary<Type, Type> { [typeof(ProbeAcknowledged)] = typeof(ProbeAcknowledgedHandler) });
    public static readonly BriefingModule ReceiverModule = BriefingModule.Of("probe-receiver", typeof(Receiver.ProbeSentHandler), new Dictionary<Type, Type>
    {
        [typeof(ProbeSent)] = typeof(Receiver.ProbeSentHandler),
        [typeof(ProbeStep)] = typeof(Receiver.ProbeStepHandler),
        [typeof(ProbeSlow)] = typeof(Receiver.ProbeStepHandler),
        [typeof(ProbeFlaky)] = typeof(Receiver.ProbeStepHandler),
        [typeof(ProbeDoomed)] = typeof(Receiver.ProbeStepHandler),
    });
    public static readonly BriefingModule WatcherModule = BriefingModule.Of("probe-watcher", typeof(Watcher.ProbeSentHandler), new Dictionary<Type, Type> { [typeof(ProbeSent)] = typeof(Watcher.ProbeSentHandler) });

    /// <summary>How long a write waits for its cascade here: short, so a slow probe (5 s) outlasts it, yet long enough for a failing probe's retries on a busy machine.</summary>
    public static readonly TimeSpan CascadeBound = TimeSpan.FromSeconds(3);

    protected override void ConfigureHost(IWebHostBuilder web)
    {
        web.UseSetting(ReadYourWrites.BoundKey, CascadeBound.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        web.ConfigureServices(services => services.ConfigureWolverine(wolverine =>
        {
            wolverine.AddBriefingModule(SenderModule);
            wolverine.AddBriefingModule(ReceiverModule);
            wolverine.AddBriefingModule(WatcherModule);
        }));
    }
}

[CollectionDefinition(ProbeFixture.Collection)]
public sealed class ProbeFixtureDefinition : ICollectionFixture<ProbeFixture>;
