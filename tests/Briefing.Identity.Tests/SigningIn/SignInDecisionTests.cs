using Briefing.Identity.SigningIn;
using Microsoft.AspNetCore.Identity;

namespace Briefing.Identity.Tests.SigningIn;

public sealed class SignInDecisionTests
{
    private static readonly DateTimeOffset Now = Users.CreatedAt.AddDays(3);
    private static readonly IdentityOptions Options = new();

    [Fact]
    public void the_right_password_signs_in_the_user_it_belongs_to()
    {
        var (user, candidates) = Candidate("secret password");

        var decision = SignInEndpoint.Decide(candidates, "secret password", Now, Options);

        Assert.Same(user, decision.User);
        Assert.Null(decision.Failure);
    }

    [Theory]
    [InlineData("wrong password", SignInFailures.WrongPassword)]
    [InlineData("Secret password", SignInFailures.WrongPassword)]
    public void a_wrong_password_fails_naming_the_user(string given, string reason)
    {
        var (user, candidates) = Candidate("secret password");

        var decision = SignInEndpoint.Decide(candidates, given, Now, Options);

        Assert.Equal(reason, decision.Failure);
        Assert.Same(user, decision.User);
    }

    [Fact]
    public void an_unknown_name_and_a_user_without_a_password_fail_for_what_they_are()
    {
        var user = Users.Active();

        Assert.Equal(SignInFailures.UnknownName, SignInEndpoint.Decide(new SignInCandidates([], []), "anything at all", Now, Options).Failure);
        Assert.Equal(SignInFailures.NoPassword, SignInEndpoint.Decide(new SignInCandidates([(user, null)], []), "anything at all", Now, Options).Failure);
    }

    [Fact]
    public void five_failures_inside_the_window_refuse_the_right_password_until_the_oldest_leaves_it()
    {
        var (_, candidates) = Candidate("secret password", Failures(Now, minutesAgo: [1, 2, 3, 4, 10]));

        var decision = SignInEndpoint.Decide(candidates, "secret password", Now, Options);

        Assert.Equal(SignInFailures.Throttled, decision.Failure);
        Assert.Equal(TimeSpan.FromMinutes(5), decision.RetryAfter);
    }

    [Fact]
    public void a_sign_in_clears_the_failures_before_it_and_failures_outside_the_window_do_not_count()
    {
        var recent = Failures(Now, minutesAgo: [1, 2]).Append(Record(SignInOutcomes.SignedIn, Now.AddMinutes(-3)))
            .Concat(Failures(Now, minutesAgo: [4, 5, 6])).ToList();

        Assert.Null(SignInThrottle.RetryAfter(recent, Now, allowed: 5, TimeSpan.FromMinutes(15)));
        Assert.Null(SignInThrottle.RetryAfter(Failures(Now, minutesAgo: [1, 2, 3, 4, 16]), Now, allowed: 5, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void an_address_over_its_limit_is_refused_whatever_the_name()
    {
        var (_, candidates) = Candidate("secret password");

        var decision = SignInEndpoint.Decide(candidates, "secret password", Now, Options, addressRetryAfter: TimeSpan.FromSeconds(30));

        Assert.Equal((SignInFailures.Throttled, TimeSpan.FromSeconds(30)), (decision.Failure, decision.RetryAfter));
    }

    [Fact]
    public void the_stored_hash_is_salted_so_one_password_hashes_differently_each_time()
    {
        var first = Passwords.Hash("secret password");
        var second = Passwords.Hash("secret password");

        Assert.NotEqual(first, second);
        Assert.Equal(PasswordVerificationResult.Success, Passwords.Verify(first, "secret password"));
        Assert.DoesNotContain("secret", first, StringComparison.Ordinal);
    }

    private static (UserAccount User, SignInCandidates Candidates) Candidate(string password, IReadOnlyList<SignInRecord>? recent = null)
    {
        var user = Users.Active();
        return (user, new SignInCandidates([(user, Passwords.Hash(password))], recent ?? []));
    }

    private static List<SignInRecord> Failures(DateTimeOffset now, int[] minutesAgo) =>
        minutesAgo.Select(minutes => Record(SignInOutcomes.Failed, now.AddMinutes(-minutes))).ToList();

    private static SignInRecord Record(string outcome, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), At = at, Outcome = outcome, Name = "编辑 甲", Address = "127.0.0.1", Reason = outcome == SignInOutcomes.Failed ? SignInFailures.WrongPassword : null };
}
