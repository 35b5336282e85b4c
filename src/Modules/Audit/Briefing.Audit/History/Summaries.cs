using System.Text.Json;
using Briefing.Audit.Record;

namespace Briefing.Audit.History;

/// <summary>A one-line summary in Chinese of each kind of stored event, for people reading a history.</summary>
public static class Summaries
{
    private static readonly Dictionary<string, Func<JsonElement, string>> ByType = new()
    {
        // Submission
        ["item_submitted"] = d => $"提交稿件“{d.Text("headline")}”",
        ["item_revised"] = d => $"投稿单位修改稿件“{d.Text("headline")}”",
        ["submission_imported"] = d => $"导入稿件“{d.Text("headline")}”（已随第 {d.Number("issueNumber")} 期发布，来源文件 {Prefix(d.Text("documentSha256"))}…）",
        ["item_withdrawn"] = d => $"投稿单位撤回稿件{Reason(d)}",
        ["submission_in_review"] = _ => "稿件进入审稿",
        ["submission_changes_requested"] = d => $"稿件被退回修改：{d.Text("reason")}",
        ["submission_accepted"] = d => $"稿件被采用（栏目 {d.Text("section")}）",
        ["submission_rejected"] = d => $"稿件未被采用：{d.Text("reason")}",
        ["submission_placed"] = d => $"稿件编入第 {d.Number("issueNumber")} 期",
        ["submission_unplaced"] = d => $"稿件移出第 {d.Number("issueNumber")} 期",
        ["submission_published"] = d => $"稿件随第 {d.Number("issueNumber")} 期发布",
        ["instruction_given"] = d => $"登记{d.Text("level")}领导批示（{d.Text("leader")}，{d.Text("givenOn")}）：{d.Text("text")}",

        // Editorial review
        ["review_imported"] = d => $"导入稿件“{d.Text("headline")}”，未经本系统审稿",
        ["review_opened"] = d => $"收到待审稿件“{d.Text("headline")}”",
        ["contributor_revision_received"] = d => d.Member("resubmitted")?.ValueKind == JsonValueKind.True ? "收到投稿单位按要求修改的稿件" : "收到投稿单位修改的稿件",
        ["review_withdrawn"] = _ => "稿件已被投稿单位撤回",
        ["review_claimed"] = d => $"{d.Text("editor", "name")}认领审稿",
        ["review_taken_over"] = d => $"{d.Text("to", "name")}接手{d.Text("from", "name")}的审稿",
        ["review_edited"] = d => "编辑修改稿件" + (d.Text("note") is { Length: > 0 } note ? $"：{note}" : ""),
        ["review_commented"] = d => $"{d.Text("author", "name")}批注：{d.Text("text")}",
        ["review_changes_requested"] = d => $"退回投稿单位修改：{d.Text("reason")}",
        ["review_accepted"] = d => $"采用稿件，栏目 {d.Text("section")}",
        ["review_rejected"] = d => $"不予采用：{d.Text("reason")}",
        ["review_item_placed"] = d => $"稿件编入第 {d.Number("issueNumber")} 期",
        ["review_item_unplaced"] = d => $"稿件移出第 {d.Number("issueNumber")} 期",
        ["review_item_published"] = d => $"稿件随第 {d.Number("issueNumber")} 期发布",

        // Publication
        ["item_readied"] = d => $"稿件“{d.Text("headline")}”进入待编稿库",
        ["ready_item_revised"] = d => $"待编稿件文本更新为“{d.Text("headline")}”的新稿",
        ["ready_item_placed"] = d => $"稿件编入第 {d.Number("issueNumber")} 期",
        ["ready_item_returned"] = d => $"稿件从第 {d.Number("issueNumber")} 期移回待编稿库",
        ["ready_item_published"] = d => $"稿件随第 {d.Number("issueNumber")} 期发布",
        ["issue_imported"] = d => $"从已有简报导入本期（{d.Number("items")} 条稿件，来源文件 {Prefix(d.Text("documentSha256"))}…）",
        ["issue_created"] = d => $"创建第 {d.Number("number")} 期（{d.Text("periodStart")}—{d.Text("periodEnd")}）",
        ["issue_item_placed"] = d => $"编入稿件：栏目 {d.Text("section")} 第 {d.Number("position") + 1} 条",
        ["issue_item_moved"] = d => $"调整稿件位置：栏目 {d.Text("section")} 第 {d.Number("position") + 1} 条",
        ["issue_item_removed"] = _ => "移出稿件，退回待编稿库",
        ["issue_item_revised"] = _ => "已编入的稿件文本有修改",
        ["editor_note_changed"] = d => d.Text("text") is { Length: > 0 } ? "修改编者按" : "删除编者按",
        ["issue_signed_off"] = d => $"{d.Text("chiefEditor", "name")}签发",
        ["issue_sign_off_voided"] = d => $"签发失效：{d.Text("reason")}",
        ["issue_published"] = d => $"发布本期，内容哈希 {Prefix(d.Text("contentHash"))}…",
        ["erratum_issued"] = d => $"{d.Text("chiefEditor", "name")}发布更正：{d.Text("text")}",
    };

    public static string Of(StoredEvent stored) =>
        ByType.TryGetValue(stored.Type, out var summary) ? summary(stored.Data) : stored.Type.Replace('_', ' ');

    private static string Prefix(string? hash) => string.Concat((hash ?? "").Take(12));

    private static string Reason(JsonElement data) => data.Text("reason") is { Length: > 0 } reason ? $"：{reason}" : "";
}
