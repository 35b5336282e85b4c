using Briefing.Audit;
using Briefing.EditorialReview;
using Briefing.Identity;
using Briefing.Publication;
using Briefing.Submission;

namespace Briefing.Host.Modules;

/// <summary>The one place modules are registered.</summary>
public static class BriefingModules
{
    public static IReadOnlyList<BriefingModule> All { get; } =
    [
        BriefingModule.Of(IdentityModule.Name, typeof(IdentityModule)),
        BriefingModule.Of(SubmissionModule.Name, typeof(SubmissionModule)),
        BriefingModule.Of(EditorialReviewModule.Name, typeof(EditorialReviewModule)),
        BriefingModule.Of(PublicationModule.Name, typeof(PublicationModule)),
        BriefingModule.Of(AuditModule.Name, typeof(AuditModule)),
    ];
}
