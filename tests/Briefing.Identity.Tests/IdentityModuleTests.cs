using Briefing.Testing;

namespace Briefing.Identity.Tests;

[Collection(SharedApp.Collection)]
public sealed class IdentityModuleTests(AppFixture app)
{
    [Fact]
    public void the_module_is_registered_with_a_durable_queue_of_its_own() =>
        ModuleWiring.AssertRegistered(app.Host, IdentityModule.Name, typeof(IdentityModule));
}
