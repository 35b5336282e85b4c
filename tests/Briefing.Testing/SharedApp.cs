namespace Briefing.Testing;

/// <summary>
/// Tests that share an <see cref="AppFixture"/> run one after another in this xunit collection. xunit
/// wants the [CollectionDefinition] inside each test assembly, so each declares:
/// <c>[CollectionDefinition(SharedApp.Collection)] public sealed class SharedAppDefinition : ICollectionFixture&lt;AppFixture&gt;;</c>
/// </summary>
public static class SharedApp
{
    public const string Collection = "shared-app";
}
