using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.RegisteringOrganisations;

public sealed record RegisterOrganisation(string? Id, string? Name, string? Kind, IReadOnlyList<string>? Aliases);

public sealed record OrganisationResponse(string Id, string Name, string Kind, IReadOnlyList<string> Aliases)
{
    public static OrganisationResponse Of(Organisation organisation) =>
        new(organisation.OrgId, organisation.Name, organisation.Kind, organisation.Aliases);
}

public static class RegisterOrganisationEndpoint
{
    public static async Task<Organisation?> LoadAsync(RegisterOrganisation command, IQuerySession session, CancellationToken cancellationToken) =>
        command.Id is null ? null : await session.LoadAsync<Organisation>(Organisation.StreamIdFor(command.Id), cancellationToken);

    public static ProblemDetails Validate(RegisterOrganisation command, Organisation? existing)
    {
        if (!Slugs.IsValid(command.Id))
        {
            return Problems.Validation("id", "id must match [a-z0-9][a-z0-9-]{1,63}.");
        }

        if (TextRules.Check("name", command.Name, TextLimits.Name, required: true) is { } nameProblem)
        {
            return nameProblem;
        }

        if (command.Kind is null || !Organisation.Kinds.Contains(command.Kind))
        {
            return Problems.Validation("kind", $"kind must be one of: {string.Join(", ", Organisation.Kinds)}.");
        }

        foreach (var alias in command.Aliases ?? [])
        {
            if (TextRules.Check("aliases", alias, TextLimits.Name, required: true) is { } aliasProblem)
            {
                return aliasProblem;
            }
        }

        return existing is null ? WolverineContinue.NoProblems : Problems.Conflict($"An organisation with id '{command.Id}' already exists.");
    }

    [WolverinePost("/api/orgs")]
    [Authorize(Policy = Policies.Admin)]
    [Idempotent]
    [Tags("Organisations and series"), EndpointSummary("Register an organisation")]
    [EndpointDescription("Registers an organisation (district, university, department, enterprise or other) with the aliases an import may name it by; honours Idempotency-Key. 409 already-exists: an organisation has that id already.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (Created<OrganisationResponse>, IStartStream, OutgoingMessages) Post(RegisterOrganisation command)
    {
        var created = new OrganisationCreated(command.Id!, command.Name!, command.Kind!, command.Aliases ?? []);
        var (start, registered) = Organisation.Register(created);
        return (TypedResults.Created($"/api/orgs/{created.OrgId}", OrganisationResponse.Of(Organisation.Create(created))), start, [registered]);
    }
}
