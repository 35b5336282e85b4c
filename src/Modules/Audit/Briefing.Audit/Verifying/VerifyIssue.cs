using System.ComponentModel;
using Briefing.Audit.History;
using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Publication.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Briefing.Audit.Verifying;

public sealed record VerifyResponse(bool Published, string? StoredHash, string? ReplayedHash, bool Match, ChainReport Chain,
    [property: Description("一致 when the published text follows from the events and every chain is intact; otherwise 不一致 and what differs, in Chinese.")] string Words = "");

public static class VerifyIssueEndpoint
{
    public const string Consistent = "一致";
    public const string Inconsistent = "不一致";

    /// <summary>
    /// Rebuilds the issue's text from the events recorded before its publication, renders the
    /// canonical Markdown and compares its SHA-256 with the published contentHash; and walks the
    /// hash chain of every stream involved (the issue, its series, and each item's streams in every module).
    /// </summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/verify")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("Verify the published text against the events, and the tamper-evidence chain")]
    [EndpointDescription("Replays the events to rebuild the published text and compares its SHA-256 with the stored hash, and checks the tamper-evidence chain of every stream involved (the issue, its series and every item's streams).")]
    public static async Task<Results<Ok<VerifyResponse>, ProblemHttpResult>> Get(string seriesId, int number, EventRecord events, CancellationToken cancellationToken)
    {
        if (await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' has no issue {number}."));
        }

        var versions = await events.StreamVersionsAsync([.. record.StreamIds], cancellationToken);
        var chain = ChainCheck.Walk(record.Events, versions, record.StreamIds);
        string? brokenStream = null;
        if (chain.FirstBroken is { } broken)
        {
            chain = chain with { FirstBroken = Explained(broken, record, versions) };
            brokenStream = StreamName(chain.FirstBroken!, record);
        }

        var published = record.Published;
        // Cut by what the chain covers (versions and instants), not by the store's sequence numbers.
        var replayed = IssueReplay.Replay(record, stored => published is null
            || (stored.StreamId == record.IssueStream ? stored.Version < published.Version : stored.Timestamp <= published.Timestamp));
        var replayedHash = replayed is null ? null : CanonicalMarkdown.HashOf(MarkdownRenderer.Render(replayed.Document));
        var storedHash = published?.Data.Text("contentHash");
        var match = storedHash is not null && storedHash == replayedHash;
        return TypedResults.Ok(new VerifyResponse(published is not null, storedHash, replayedHash, match, chain, Verdict(published is not null, match, brokenStream)));
    }

    /// <summary>一致, or 不一致 and what differs: the text, the chain, or both.</summary>
    /// <param name="brokenStream">The stream of the first broken link, in words; null when every chain is intact.</param>
    public static string Verdict(bool published, bool match, string? brokenStream)
    {
        if (brokenStream is null && (match || !published))
        {
            return published ? Consistent : $"{Consistent}（本期尚未发布，只核对了记录链）";
        }

        var differs = new List<string>();
        if (published && !match)
        {
            differs.Add("发布的文本与按事件重建的文本不同");
        }

        if (brokenStream is not null)
        {
            differs.Add($"记录链断开，第一处在{brokenStream}");
        }

        return $"{Inconsistent}：{string.Join("；", differs)}。";
    }

    /// <summary>The broken link with whose stream it is and one sentence a person can act on.</summary>
    public static BrokenLink Explained(BrokenLink broken, IssueRecord record, IReadOnlyDictionary<Guid, long> recordedVersions)
    {
        var (module, itemId) = record.OwnerOf(broken.StreamId);
        var named = broken with
        {
            Module = module,
            ItemId = itemId,
            Headline = itemId is { } id ? record.Headlines.Latest(id) : null,
        };
        var stream = StreamName(named, record);
        var stored = record.Events.FirstOrDefault(e => e.StreamId == broken.StreamId && e.Version == broken.Version && e.Sequence == broken.Sequence);
        var @event = stored is null ? $"第 {broken.Version} 个事件" : $"第 {broken.Version} 个事件（{Summaries.Of(stored)}）";
        var words = broken.Kind switch
        {
            BreakKinds.MissingStream => $"{stream}不见了：本期需要它，但数据库里既没有它的事件，也没有它的流记录。",
            BreakKinds.MissingEvent => $"{stream}缺少{@event}" + (NextStored(record, broken) is { } next ? $"（存储的下一个是第 {next} 个）" : "") + "：这个事件被删除了。",
            BreakKinds.NoHash => $"{stream}的{@event}没有哈希：它不是经本系统写入的，或哈希被删掉了。",
            BreakKinds.HashMismatch => $"{stream}的{@event}存储的哈希与按事件内容重新计算的不一致：事件被改动过，或它之前的事件被替换。",
            BreakKinds.EventsRemoved => $"{stream}登记的事件数是 {recordedVersions.GetValueOrDefault(broken.StreamId)}，但存储的最后一个是第 {broken.Version - 1} 个：其后的事件被删除了。",
            _ => $"{stream}的{@event}有问题：{broken.Reason}",
        };
        return named with { Words = words };
    }

    /// <summary>Whose stream it is, in words: 稿件“…”在审稿模块的记录, 第 N 期的编排记录, the series'.</summary>
    private static string StreamName(BrokenLink named, IssueRecord record) =>
        named.ItemId is { } itemId
            ? $"{(named.Headline is { Length: > 0 } headline ? $"稿件“{headline}”" : $"稿件 {itemId} ")}在{ModuleWords(named.Module)}模块的记录"
            : named.StreamId == record.IssueStream ? $"第 {record.Number} 期的编排记录"
            : named.StreamId == record.SeriesStream ? $"简报系列 {record.SeriesId} 的编排记录"
            : $"记录 {named.StreamId}";

    private static string ModuleWords(string module) => module switch
    {
        "submission" => "投稿",
        "editorial-review" => "审稿",
        "publication" => "编排",
        _ => module,
    };

    private static long? NextStored(IssueRecord record, BrokenLink broken) =>
        record.Events.Where(e => e.StreamId == broken.StreamId && e.Version > broken.Version).Select(e => (long?)e.Version).Min();
}
