using Briefing.Testing;

namespace Briefing.Audit.Tests;

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<AppFixture>;
