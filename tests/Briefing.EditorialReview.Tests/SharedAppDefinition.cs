using Briefing.Testing;

namespace Briefing.EditorialReview.Tests;

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<AppFixture>;
