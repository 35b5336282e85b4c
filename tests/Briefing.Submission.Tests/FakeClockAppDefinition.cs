using Briefing.Testing;

namespace Briefing.Submission.Tests;

[CollectionDefinition(FakeClockAppFixture.Collection)]
public sealed class FakeClockAppDefinition : ICollectionFixture<FakeClockAppFixture>;
