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

namespace Briefing.Submission.RegisteringOrganisations;

public sealed record RegisterOrganisation(string? Id, string? Name, string? Kind, IReadOnlyList<string>? Aliases);

public sealed record OrganisationResponse(string Id, string Name, string Kind, IReadOnlyList<string> Aliases)
{
    public static OrganisationResponse Of(Organisation organisation) =>
        new(organisation.OrgId, organisation.Name, organisation.Kind, organisation.Aliases);
}

public static class RegisterOrganisationEndpoint
{
    public const int MaxNameLength = 100;

    public static ProblemDetails Validate(RegisterOrganisation command)
    {
        if (!Slugs.IsValid(command.Id))
        {
            return Problems.Validation("id", "id must match [a-z0-9][a-z0-9-]{1,63}.");
        }

        if (TextRules.Check("name", command.Name, MaxNameLength, required: true) is { } nameProblem)
        {
            return nameProblem;
        }

        if (command.Kind is null || !Organisation.Kinds.Contains(command.Kind))
        {
            return Problems.Validation("kind", $"kind must be one of: {string.Join(", ", Organisation.Kinds)}.");
        }

        foreach (var alias in command.Aliases ?? [])
        {
            if (TextRules.Check("aliases", alias, MaxNameLength, required: true) is { } aliasProblem)
            {
                return aliasProblem;
            }
        }

        return WolverineContinue.NoProblems;
    }

    [WolverinePost("/api/orgs")]
    [Authorize(Policy = Policies.Admin)]
    [Idempotent]
    [Tags("Organisations and series"), EndpointSummary("Register an organisation")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Results<Created<OrganisationResponse>, ProblemHttpResult>, OutgoingMessages)> Post(
        RegisterOrganisation command, IDocumentSession session, CancellationToken cancellationToken)
    {
        var streamId = Organisation.StreamIdFor(command.Id!);
        var messages = new OutgoingMessages();
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is not null)
        {
            return (TypedResults.Problem(Problems.Conflict($"An organisation with id '{command.Id}' already exists.")), messages);
        }

        var created = new OrganisationCreated(command.Id!, command.Name!, command.Kind!, command.Aliases ?? []);
        messages.Add(Organisation.Register(session, created));
        return (TypedResults.Created($"/api/orgs/{created.OrgId}", OrganisationResponse.Of(Organisation.Create(created))), messages);
    }
}
