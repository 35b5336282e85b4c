using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using DiffPlex;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.Revisions;

public sealed record DiffOp(string Op, string Text);

public static class ItemDiffEndpoint
{
    /// <summary>
    /// A character-level diff of two revisions' text (headline, line break, body): Chinese has no
    /// spaces to split words at. Equal and inserted pieces rebuild the later text; equal and deleted the earlier.
    /// </summary>
    [WolverineGet("/api/audit/items/{id}/diff")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("Character-level diff between two revisions of an item")]
    public static async Task<Results<Ok<IReadOnlyList<DiffOp>>, ProblemHttpResult>> Get(Guid id, int? from, int? to, EventRecord events, CancellationToken cancellationToken)
    {
        var revisions = await ItemRevisionsEndpoint.RevisionsAsync(events, id, cancellationToken);
        if (revisions.Count == 0)
        {
            return TypedResults.Problem(Problems.NotFound($"There is no item {id}."));
        }

        if ((Check("from", from, revisions.Count) ?? Check("to", to, revisions.Count)) is { } problem)
        {
            return TypedResults.Problem(problem);
        }

        return TypedResults.Ok(Diff(revisions[from!.Value - 1].Text, revisions[to!.Value - 1].Text));
    }

    public static IReadOnlyList<DiffOp> Diff(string earlier, string later)
    {
        var result = Differ.Instance.CreateCharacterDiffs(earlier, later, ignoreWhitespace: false, ignoreCase: false);
        var ops = new List<DiffOp>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(ops, "equal", earlier[a..block.DeleteStartA]);
            Add(ops, "delete", earlier.Substring(block.DeleteStartA, block.DeleteCountA));
            Add(ops, "insert", later.Substring(block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(ops, "equal", earlier[a..]);
        return ops;
    }

    private static void Add(List<DiffOp> ops, string op, string text)
    {
        if (text.Length > 0)
        {
            ops.Add(new DiffOp(op, text));
        }
    }

    private static Microsoft.AspNetCore.Mvc.ValidationProblemDetails? Check(string name, int? revision, int count) =>
        revision is >= 1 && revision <= count ? null : Problems.Validation(name, $"{name} must be a revision between 1 and {count}.");
}
