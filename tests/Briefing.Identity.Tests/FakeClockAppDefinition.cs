using Briefing.Testing;

namespace Briefing.Identity.Tests;

[CollectionDefinition(FakeClockAppFixture.Collection)]
public sealed class FakeClockAppDefinition : ICollectionFixture<FakeClockAppFixture>;
