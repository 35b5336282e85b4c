namespace Briefing.Identity;

/// <summary>
/// A user's password hash, one document per user with the user's id. Not an event: the events say
/// that a password was set or changed (and by whom), while an old hash is overwritten rather than
/// kept for ever in an append-only store that auditors read.
/// </summary>
public sealed class UserCredential
{
    public Guid Id { get; set; }
    public string PasswordHash { get; set; } = "";

    /// <summary>The credential of a user whose password is now <paramref name="password"/>: its hash only.</summary>
    public static UserCredential Of(Guid userId, string password) => new() { Id = userId, PasswordHash = Passwords.Hash(password) };
}
