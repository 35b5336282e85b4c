using Microsoft.AspNetCore.DataProtection;

namespace Briefing.Submission.Mailboxes;

/// <summary>Encrypts and decrypts mailbox passwords with the host's Data Protection keys (kept under the data directory).</summary>
public sealed class MailboxPasswords(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Briefing.Submission.MailboxPassword");

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}
