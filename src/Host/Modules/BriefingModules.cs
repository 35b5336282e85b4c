using Briefing.Audit;
using Briefing.EditorialReview;
using Briefing.Host.Database;
using Briefing.Host.Startup;
using Briefing.Identity;
using Briefing.Publication;
using Briefing.Submission;

namespace Briefing.Host.Modules;

/// <summary>The one place modules are registered.</summary>
public static class BriefingModules
{
    public static IReadOnlyList<BriefingModule> All { get; } =
    [
        BriefingModule.Of(IdentityModule.Name, typeof(IdentityModule), IdentityModule.Handlers, (services, configuration) =>
            services.AddIdentityModule(identity =>
            {
                identity.BootstrapAdminToken = configuration[StartupChecks.BootstrapAdminTokenKey];
                identity.DataDirectory = configuration[BriefingDatabase.DataDirKey] ?? BriefingDatabase.DefaultDataDir;
                identity.FailedAttemptsPerMinute = configuration.GetValue("Briefing:Auth:FailedAttemptsPerMinute", identity.FailedAttemptsPerMinute);
                identity.SessionIdleMinutes = configuration.GetValue("Briefing:Auth:SessionIdleMinutes", identity.SessionIdleMinutes);
                identity.SignInFailuresAllowed = configuration.GetValue("Briefing:Auth:SignInFailuresAllowed", identity.SignInFailuresAllowed);
                identity.SignInLockMinutes = configuration.GetValue("Briefing:Auth:SignInLockMinutes", identity.SignInLockMinutes);
            })),
        BriefingModule.Of(SubmissionModule.Name, typeof(SubmissionModule), SubmissionModule.Handlers, (services, configuration) =>
            services.AddSubmissionModule(mail =>
            {
                mail.Polling = configuration.GetValue("Briefing:Mail:Polling", mail.Polling);
                mail.ScanInterval = TimeSpan.FromSeconds(configuration.GetValue("Briefing:Mail:ScanSeconds", mail.ScanInterval.TotalSeconds));
                mail.RetryBase = TimeSpan.FromSeconds(configuration.GetValue("Briefing:Mail:RetrySeconds", mail.RetryBase.TotalSeconds));
                mail.Timeout = TimeSpan.FromSeconds(configuration.GetValue("Briefing:Mail:TimeoutSeconds", mail.Timeout.TotalSeconds));
                mail.TrustedCertificate = configuration["Briefing:Mail:TrustedCertificate"];
            })),
        BriefingModule.Of(EditorialReviewModule.Name, typeof(EditorialReviewModule), EditorialReviewModule.Handlers, (services, _) => services.AddEditorialReviewModule()),
        BriefingModule.Of(PublicationModule.Name, typeof(PublicationModule), PublicationModule.Handlers, (services, _) => services.AddPublicationModule()),
        BriefingModule.Of(AuditModule.Name, typeof(AuditModule), AuditModule.Handlers, (services, _) => services.AddAuditModule()),
    ];
}
