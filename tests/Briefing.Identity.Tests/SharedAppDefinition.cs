using Briefing.Testing;

namespace Briefing.Identity.Tests;

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<AppFixture>;
