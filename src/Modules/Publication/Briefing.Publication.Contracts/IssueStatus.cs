namespace Briefing.Publication.Contracts;

/// <summary>
/// The statuses of an issue: draft → signed-off → published, as publication keeps them and the
/// audit replays them. The API writes them in kebab-case (Kernel's ContractNames); Marten stores
/// the number, so a new status goes at the end.
/// </summary>
public enum IssueStatus
{
    Draft,
    SignedOff,
    Published,
}
