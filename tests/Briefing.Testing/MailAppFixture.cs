using Microsoft.AspNetCore.Hosting;

namespace Briefing.Testing;

/// <summary>
/// The host for the mail intake's tests: its poller looks for mailboxes every second, retries a failed
/// poll after a second, and trusts the fixture's self-signed certificate (for the STARTTLS test).
/// </summary>
public class MailAppFixture : AppFixture
{
    public const string Collection = "mail";

    public ServerCertificate Certificate { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder web)
    {
        web.UseSetting("Briefing:Mail:ScanSeconds", "1");
        web.UseSetting("Briefing:Mail:RetrySeconds", "1");
        web.UseSetting("Briefing:Mail:TimeoutSeconds", "10");
        web.UseSetting("Briefing:Mail:TrustedCertificate", Certificate.Thumbprint);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Certificate.Dispose();
    }
}
