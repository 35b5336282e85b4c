using Briefing.Identity.Authenticating;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Identity.Tests.Authenticating;

public sealed class FailedAuthenticationThrottleTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-04-14T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void an_address_is_blocked_after_the_limit_until_its_window_ends()
    {
        var throttle = new FailedAuthenticationThrottle(_clock, failuresPerWindow: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(throttle.RetryAfter("10.0.0.1"));
            throttle.RecordFailure("10.0.0.1");
        }

        Assert.Equal(FailedAuthenticationThrottle.Window, throttle.RetryAfter("10.0.0.1"));
        Assert.Null(throttle.RetryAfter("10.0.0.2"));

        _clock.Advance(FailedAuthenticationThrottle.Window);
        Assert.Null(throttle.RetryAfter("10.0.0.1"));
    }
}
