using Briefing.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity;

/// <summary>
/// Console passwords, hashed only by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with HMAC-SHA512, a random salt per hash, 100,000 iterations). The hash is kept in
/// <see cref="UserCredential"/>, never in an event and never in a response.
/// </summary>
public static class Passwords
{
    public const int MinimumLength = 10;

    /// <summary>Long enough for any passphrase, short enough that hashing it cannot be made expensive.</summary>
    public const int MaximumLength = 256;

    // The hasher's format does not depend on the user it is given; one placeholder serves every call.
    private static readonly PasswordHasher<UserAccount> Hasher = new();
    private static readonly UserAccount AnyUser = new();

    /// <summary>A hash of a password nobody has, verified when the name is unknown so that a wrong name costs as long as a wrong password.</summary>
    private static readonly string Decoy = Hash(Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(AnyUser, password);

    /// <summary><c>SuccessRehashNeeded</c> when the hash was made with weaker settings than today's.</summary>
    public static PasswordVerificationResult Verify(string? hash, string password)
    {
        var result = Hasher.VerifyHashedPassword(AnyUser, hash ?? Decoy, password);
        return hash is null ? PasswordVerificationResult.Failed : result;
    }

    /// <summary><see cref="WolverineContinue.NoProblems"/>, or a 400 naming <paramref name="field"/>.</summary>
    public static ProblemDetails Check(string field, string? password) =>
        password is null || password.Length < MinimumLength
            ? Problems.Validation(field, $"{field} must be at least {MinimumLength} characters (密码至少 {MinimumLength} 个字符).")
        : password.Length > MaximumLength
            ? Problems.Validation(field, $"{field} must be at most {MaximumLength} characters (密码至多 {MaximumLength} 个字符).")
        : WolverineContinue.NoProblems;
}
