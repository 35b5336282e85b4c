using Xunit;

namespace Briefing.Testing;

/// <summary>A test class on a shared host: every test starts from an empty system.</summary>
public abstract class AppTest<TFixture>(TFixture app) : IAsyncLifetime where TFixture : AppFixture
{
    protected TFixture App { get; } = app;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
