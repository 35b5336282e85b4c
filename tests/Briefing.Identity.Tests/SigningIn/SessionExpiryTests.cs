using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Identity.Tests.SigningIn;

[Collection(FakeClockAppFixture.Collection)]
public sealed class SessionExpiryTests(FakeClockAppFixture app) : AppTest<FakeClockAppFixture>(app)
{
    private const string Password = "a password of some length";

    [Fact]
    public async Task a_session_in_use_goes_on_and_one_left_idle_for_eight_hours_ends()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var inUse = new ConsoleBrowser(App);
        await inUse.SignInAsync("编辑甲", Password);
        var idle = new ConsoleBrowser(App);
        await idle.SignInAsync("编辑甲", Password);

        App.Clock.Advance(TimeSpan.FromHours(5));
        await inUse.SendAsync("GET", "/api/session", 200);
        App.Clock.Advance(TimeSpan.FromHours(3.5));

        await inUse.SendAsync("GET", "/api/session", 200);
        await idle.SendAsync("GET", "/api/session", 401);
    }
}
