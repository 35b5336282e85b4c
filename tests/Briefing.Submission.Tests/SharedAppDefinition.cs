using Briefing.Testing;

namespace Briefing.Submission.Tests;

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<AppFixture>;
