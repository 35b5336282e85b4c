using System.Net.Mail;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Senders;

public sealed record SetSenders(IReadOnlyList<string>? Addresses);

/// <summary>An organisation's sender addresses.</summary>
public sealed record SendersResponse(string OrgId, IReadOnlyList<string> Addresses, long Version) : IViewOf<Organisation, SendersResponse>
{
    public static SendersResponse From(Organisation organisation) => new(organisation.OrgId, organisation.Senders, organisation.Version);
}

/// <summary>Organisations other than the one being set that hold one of the addresses already.</summary>
public sealed record SenderOwners(IReadOnlyList<Organisation> Others);

public static class SetSendersEndpoint
{
    public const int MaxAddresses = 50;

    /// <summary>An address as it is compared and kept: trimmed, lower case.</summary>
    public static string Normalise(string address) => address.Trim().ToLowerInvariant();

    /// <summary>Whether the text is one plain e-mail address (no display name).</summary>
    public static bool IsAddress(string address) =>
        address.Length <= 254 && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.DisplayName.Length == 0;

    public static async Task<SenderOwners> LoadAsync(string orgId, SetSenders command, IQuerySession session, CancellationToken cancellationToken)
    {
        var addresses = (command.Addresses ?? []).Where(address => address is not null).Select(Normalise).ToArray();
        var others = new List<Organisation>();
        foreach (var address in addresses.Distinct())
        {
            others.AddRange(await OwnersOf(session, address, cancellationToken));
        }

        return new(others.Where(other => other.OrgId != orgId).DistinctBy(other => other.OrgId).ToList());
    }

    /// <summary>The organisations whose senders include <paramref name="address"/> (normalised): none or one, as setting them keeps it.</summary>
    public static Task<IReadOnlyList<Organisation>> OwnersOf(IQuerySession session, string address, CancellationToken cancellationToken) =>
        session.Query<Organisation>().Where(organisation => organisation.Senders.Contains(address)).ToListAsync(cancellationToken);

    public static ProblemDetails Validate(string orgId, SetSenders command, Organisation? organisation, SenderOwners owners) =>
        CheckAddresses(command)
        ?? (organisation is null ? Problems.NotFound($"There is no organisation '{orgId}'.") : null)
        ?? (owners.Others is [var other, ..]
            ? Problems.Conflict($"An address belongs to organisation '{other.OrgId}' already ({string.Join(", ", other.Senders.Intersect(command.Addresses!.Select(Normalise)))}); mail from one address counts for one organisation.")
            : null)
        ?? WolverineContinue.NoProblems;

    public static ProblemDetails? CheckAddresses(SetSenders command) =>
        command.Addresses is not { } addresses ? Problems.Validation("addresses", "addresses is required: the list of e-mail addresses (it may be empty).")
        : addresses.Count > MaxAddresses ? Problems.Validation("addresses", $"At most {MaxAddresses} addresses per organisation.")
        : addresses.Any(address => address is null) ? Problems.Validation("addresses", "An address may not be null.")
        : addresses.FirstOrDefault(address => !IsAddress(Normalise(address))) is { } bad
            ? Problems.Validation("addresses", $"'{bad}' is not an e-mail address (write it as name@example.cn, without a display name).")
        : null;

    public static Guid OrganisationStream(string orgId) => Organisation.StreamIdFor(orgId);

    [WolverinePut("/api/orgs/{orgId}/senders")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("E-mail intake"), EndpointSummary("Set the addresses whose mail is the organisation's")]
    [EndpointDescription("Replaces the e-mail addresses whose mail to a series' mailbox becomes this organisation's submission (compared without regard to case). 404: no such organisation; 409 already-exists: another organisation holds one of the addresses (one address counts for one organisation).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Updated<Organisation, SendersResponse>, Events) Put(
        string orgId, SetSenders command, [WriteAggregate(FromMethod = nameof(OrganisationStream), Required = false)] Organisation organisation) =>
        (new(), [Decide(orgId, command.Addresses!)]);

    public static SendersSet Decide(string orgId, IEnumerable<string> addresses) =>
        new(orgId, addresses.Select(Normalise).Distinct().Order(StringComparer.Ordinal).ToList());
}
