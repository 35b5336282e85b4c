using Briefing.Testing;

namespace Briefing.Publication.Tests;

[Collection(SharedApp.Collection)]
public sealed class PublicationModuleTests(AppFixture app)
{
    [Fact]
    public void the_module_is_registered_with_a_durable_queue_of_its_own() =>
        ModuleWiring.AssertRegistered(app.Host, PublicationModule.Name, typeof(PublicationModule));
}
