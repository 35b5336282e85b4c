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
    [Authorize(Policy = Policies.Reader)]
    [Tags("Audit"), EndpointSummary("Character-level diff between two revisions of an item")]
    [EndpointDescription("A character-level diff between two revisions (from, to) of an item's text: the equal and inserted pieces rebuild the later text, the equal and deleted ones the earlier.")]
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

    /// <summary>Diffs by Unicode character (a rare CJK character outside the BMP is never split in two).</summary>
    public static IReadOnlyList<DiffOp> Diff(string earlier, string later)
    {
        var result = Differ.Instance.CreateDiffs(earlier, later, ignoreWhiteSpace: false, ignoreCase: false, RuneChunker.Instance);
        var ops = new List<DiffOp>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(ops, "equal", result.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(ops, "delete", result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(ops, "insert", result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(ops, "equal", result.PiecesOld.Skip(a));
        return ops;
    }

    private static void Add(List<DiffOp> ops, string op, IEnumerable<string> pieces)
    {
        var text = string.Concat(pieces);
        if (text.Length > 0)
        {
            ops.Add(new DiffOp(op, text));
        }
    }

    private sealed class RuneChunker : IChunker
    {
        public static readonly RuneChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => [.. text.EnumerateRunes().Select(rune => rune.ToString())];
    }

    private static Microsoft.AspNetCore.Mvc.ValidationProblemDetails? Check(string name, int? revision, int count) =>
        revision is >= 1 && revision <= count ? null : Problems.Validation(name, $"{name} must be a revision between 1 and {count}.");
}
