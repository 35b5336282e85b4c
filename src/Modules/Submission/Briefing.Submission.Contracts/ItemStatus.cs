namespace Briefing.Submission.Contracts;

/// <summary>
/// Where an item stands, as the contract names it for a submission and for its review alike. The API
/// writes it in kebab-case (Kernel's ContractNames); Marten stores its number, so a new status goes at the end.
/// </summary>
public enum ItemStatus
{
    Submitted,
    InReview,
    ChangesRequested,
    Accepted,
    Rejected,
    Withdrawn,
    Placed,
    Published,
}
