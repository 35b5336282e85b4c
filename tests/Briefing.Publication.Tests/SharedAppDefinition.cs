using Briefing.Testing;

namespace Briefing.Publication.Tests;

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<AppFixture>;
