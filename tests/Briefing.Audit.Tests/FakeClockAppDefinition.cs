using Briefing.Testing;

namespace Briefing.Audit.Tests;

[CollectionDefinition(FakeClockAppFixture.Collection)]
public sealed class FakeClockAppDefinition : ICollectionFixture<FakeClockAppFixture>;
