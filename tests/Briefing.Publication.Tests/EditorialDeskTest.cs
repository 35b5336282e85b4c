using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Publication.Tests;

/// <summary>A test with the people an issue passes through: a contributor of 綦江区, an editor and a chief editor.</summary>
public abstract class EditorialDeskTest(AppFixture app) : AppTest<AppFixture>(app)
{
    protected string Contributor { get; private set; } = "";
    protected string Editor { get; private set; } = "";
    protected string Chief { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Contributor = await App.QijiangContributorAsync();
        Editor = (await App.CreateUserAsync(Roles.Editor)).Token;
        Chief = await App.ChiefEditorAsync();
    }
}
