using System.Security.Claims;
using System.Text.Json.Serialization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Submission.Scoring;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SetScoringRules(DateOnly? EffectiveFrom, ScoringPoints? Points, Dictionary<string, int>? InstructionPoints);

public sealed record ScoringVersionSet(int Version);

public static class SetScoringRulesEndpoint
{
    public const int MaxPoints = 10_000;
    public const int MaxLevels = 20;
    public const int MaxLevelLength = 50;
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static Guid RulesStream(string seriesId) => ScoringRules.StreamIdFor(seriesId);

    public static Task<Series?> LoadAsync(string seriesId, IQuerySession session, CancellationToken cancellationToken) =>
        session.LoadAsync<Series>(Series.StreamIdFor(seriesId), cancellationToken);

    public static ProblemDetails Validate(string seriesId, SetScoringRules command, Series? series) =>
        (series is null ? Problems.NotFound($"There is no series '{seriesId}'.") : null)
        ?? Check(command)
        ?? WolverineContinue.NoProblems;

    /// <summary>The body's problems: the date, then each number (only a rejection may score negative, a penalty), then the levels.</summary>
    public static ProblemDetails? Check(SetScoringRules command)
    {
        if (command.EffectiveFrom is not { } from || from < Earliest || from > Latest)
        {
            return Problems.Validation("effectiveFrom", $"effectiveFrom is required: a date (yyyy-MM-dd) from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.");
        }

        var points = command.Points ?? new ScoringPoints();
        foreach (var (name, value, mayBeNegative) in new[]
                 {
                     ("submitted", points.Submitted, false), ("accepted", points.Accepted, false),
                     ("rejected", points.Rejected, true), ("published", points.Published, false),
                 })
        {
            if (Math.Abs(value) > MaxPoints || (value < 0 && !mayBeNegative))
            {
                return Problems.Validation($"points.{name}", mayBeNegative
                    ? $"points.{name} must be a whole number from -{MaxPoints} to {MaxPoints} (negative: a penalty)."
                    : $"points.{name} must be a whole number from 0 to {MaxPoints}.");
            }
        }

        var levels = command.InstructionPoints ?? [];
        if (levels.Count > MaxLevels)
        {
            return Problems.Validation("instructionPoints", $"instructionPoints names at most {MaxLevels} levels.");
        }

        foreach (var (level, value) in levels)
        {
            if (string.IsNullOrWhiteSpace(level) || TextRules.Check("instructionPoints", level, MaxLevelLength, required: true) is not null)
            {
                return Problems.Validation("instructionPoints", $"each level of instructionPoints needs a name of 1 to {MaxLevelLength} characters.");
            }

            if (value is < 0 or > MaxPoints)
            {
                return Problems.Validation("instructionPoints", $"instructionPoints.{level} must be a whole number from 0 to {MaxPoints}.");
            }
        }

        return null;
    }

    /// <summary>The next version of the rules; the versions before it stay, for the periods they were in force.</summary>
    public static ScoringRulesSet Decide(string seriesId, ScoringRules? rules, SetScoringRules command, Actor by) =>
        new(seriesId, (rules?.Versions.Count ?? 0) + 1, command.EffectiveFrom!.Value, command.Points ?? new ScoringPoints(),
            command.InstructionPoints ?? [], by);

    [WolverinePut("/api/series/{seriesId}/scoring")]
    [Authorize(Policy = Policies.ScoringRules)]
    [Tags("Adoption statistics"), EndpointSummary("Set a new version of the series' scoring rules")]
    [EndpointDescription("Adds a version of the series' scoring rules (信息报送考核办法), in force from effectiveFrom on: points for each submitted, accepted, rejected (may be negative, a penalty) and published item, and for each instruction by the leader's level (free text, e.g. 省部级). A missing key counts 0; an unknown key is a 400. Earlier versions stay in force for the days before theirs is replaced. Chief editors and admins. 404: no such series.")]
    public static (ScoringVersionSet, Events) Put(
        string seriesId, SetScoringRules command, [WriteAggregate(FromMethod = nameof(RulesStream), Required = false)] ScoringRules? rules, ClaimsPrincipal user)
    {
        var set = Decide(seriesId, rules, command, Actor.From(user)!);
        return (new ScoringVersionSet(set.Version), [set]);
    }
}
