using Yiwang.Web.Features.Catalog;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// 受理通知书 (also the §32 视为受理通知书), 不予受理通知书 (also for an expired 补正), 一次性告知书, and the
/// written notices 行政许可法 §42 and §45 require (延期, 特别程序 and its end), as PDF with a QR code to the public progress page;
/// and its 决定书, the signed document issued with the decision (QR code to its verification page).
/// </summary>
internal sealed class CaseNotices(YiwangDb db, CaseScope scope, IConfiguration config, IDecisionNotices decisions)
{
    public static readonly IReadOnlyDictionary<string, (CaseAction Action, string Title)> Kinds = new Dictionary<string, (CaseAction, string)>
    {
        ["receipt"] = (CaseAction.Submit, "申请回执"),
        ["acceptance"] = (CaseAction.Accept, "受理通知书"),
        ["refusal"] = (CaseAction.Refuse, "不予受理通知书"),
        ["supplement"] = (CaseAction.RequestSupplement, "一次性告知书"),
        ["deemed-acceptance"] = (CaseAction.AcceptByLaw, "视为受理通知书"),
        ["not-supplemented"] = (CaseAction.CloseUnsupplemented, "逾期未补正不予受理通知书"),
        ["suspension"] = (CaseAction.Suspend, "特别程序告知书"),
        ["resumption"] = (CaseAction.Resume, "恢复计时告知书"),
        ["extension"] = (CaseAction.Extend, "延期办理告知书"),
        ["decision"] = (CaseAction.Decide, "决定书"),
    };

    public async Task<Outcome<(string FileName, byte[] Pdf)>> RenderAsync(string number, string kind, string baseUrl, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Kinds.TryGetValue(kind, out var k)) return Outcome<(string, byte[])>.NotFound($"没有“{kind}”这种通知书");
        var c = await db.Cases.AsNoTracking().Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<(string, byte[])>.NotFound($"办件 {number} 不存在");
        var e = c.Events.Where(x => x.Action == k.Action).MaxBy(x => x.Sequence);
        if (e is null) return Outcome<(string, byte[])>.NotFound($"该办件没有{k.Title}");
        if (kind == "decision") return await decisions.RenderAsync(c, baseUrl, ct);
        if (!ChineseFont.TryInstall(config["Pdf:FontPath"])) return NoFont();
        var dept = await db.Departments.Where(d => d.Id == c.DepartmentId).Select(d => d.Name).SingleAsync(ct);
        var submitted = ChinaTime.Date(c.SubmittedAt ?? c.CreatedAt);
        var paragraphs = kind switch
        {
            "receipt" => new List<string>
            {
                $"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提交的“{c.ItemName}”申请已收到，办件编号 {c.Number}。",
                "本机关将对申请材料进行审查，材料齐全、符合法定形式的予以受理；需要补正的，将一次性告知需补正的全部内容。",
                "请凭办件编号和申请人姓名查询办理进度，或扫描下方二维码。",
            },
            "acceptance" => new List<string>
            {
                $"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，申请材料齐全、符合法定形式，本机关决定予以受理。",
                c.AcceptedByLaw ? $"本机关未在收件后{AcceptanceTerm.WorkingDays}个工作日内受理或告知补正，依{AcceptanceTerm.Basis}，本申请自收件之日（{c.AcceptedOn:yyyy年M月d日}）起受理。" : "",
                c.PromisedDays == 0 ? "本事项为即办件，当场办结。" : $"本机关将在{c.PromisedDays}个工作日内（{c.Due:yyyy年M月d日}前）作出决定。",
            },
            "deemed-acceptance" => new List<string>
            {
                $"你（单位）于{c.ReceivedOn:yyyy年M月d日}提交的“{c.ItemName}”申请，本机关未在收件后{AcceptanceTerm.WorkingDays}个工作日内作出受理、不予受理的决定或一次性告知补正。",
                $"依照{AcceptanceTerm.Basis}，本申请自收件之日（{c.AcceptedOn:yyyy年M月d日}）起即为受理。",
                Due(c),
            },
            "not-supplemented" => [$"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，本机关已一次性告知需补正的材料，补正期限届满（{c.SupplementDue:yyyy年M月d日}）仍未补正。",
                e.Detail ?? "", "本机关决定不予受理。你（单位）可以重新提出申请；如不服本决定，可以依法申请行政复议或者提起行政诉讼。"],
            "suspension" when Nth(c.Suspensions, c.Events, e) is { } s => [
                $"你（单位）申请的“{c.ItemName}”，因需要{s.Kind.Label()}，自{s.From:yyyy年M月d日}起进入特别程序：{s.Reason}。",
                $"预计不超过{s.MaxDays}天（至{s.Until:yyyy年M月d日}）。依据：{s.Basis ?? "—"}。",
                "依照《中华人民共和国行政许可法》第四十五条，特别程序所需时间不计入办理期限。特别程序结束后恢复计时，办结期限相应顺延，届时另行告知。",
                $"批准人：{s.Approver}。"],
            "resumption" when Nth(c.Suspensions, c.Events, e, CaseAction.Resume) is { } s => [
                $"你（单位）申请的“{c.ItemName}”，{s.Kind.Label()}特别程序（{s.From:yyyy年M月d日}至{s.To:yyyy年M月d日}）已结束，自{s.To?.AddDays(1):yyyy年M月d日}起恢复计时。",
                $"特别程序占用的工作日不计入办理期限。{Due(c)}"],
            "extension" when c.Extensions.FirstOrDefault() is { } x => [
                $"你（单位）申请的“{c.ItemName}”，因{x.Reason}，不能在原定期限内作出决定。",
                $"经本机关负责人{x.Approver}批准，办理期限延长{x.Days}个工作日。依据：{x.Basis ?? TimeRulesBasis}。",
                Due(c)],
            "refusal" => [$"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，经审查，本机关决定不予受理。", e.Detail ?? "", "如不服本决定，可以依法申请行政复议或者提起行政诉讼。"],
            "supplement" => [$"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，需一次性补正下列材料：",
                ..(e.Detail ?? "").Replace("一次性告知补正：", "").Split('；').Select((m, i) => $"{i + 1}. {m}"),
                c.SupplementDue is { } by && c.Status == CaseStatus.AwaitingSupplement
                    ? $"请于{by:yyyy年M月d日}前补齐后重新提交；逾期未补正的，本机关将不予受理。补正材料齐全之日起计算办理时限。"
                    : "请补齐后重新提交。补正材料齐全之日起计算办理时限。"],
            _ => [],
        };
        if (paragraphs.Count == 0) return Outcome<(string, byte[])>.NotFound($"该办件没有{k.Title}");
        var url = $"{(config["Portal:BaseUrl"] ?? baseUrl).TrimEnd('/')}/progress?number={Uri.EscapeDataString(c.Number)}";
        var pdf = new NoticeDocument(k.Title, $"（{c.Number}）", c.ApplicantName, paragraphs.Where(p => p.Length > 0).ToList(), dept, ChinaTime.Date(e.At), url).Render();
        return Outcome<(string, byte[])>.Ok(($"{k.Title}-{c.Number}.pdf", pdf));
    }

    private const string TimeRulesBasis = Catalog.TimeRules.Section42;

    private static string Due(Case c) => c.Due is { } due ? $"办结期限为{due:yyyy年M月d日}{(c.DueProvisional ? "（暂定，节假日安排发布后可能调整）" : "")}。" : "";

    /// <summary>The special procedure an event started (or, for a resumption, ended): the n-th of the case's, counting its events.</summary>
    private static Suspension? Nth(List<Suspension> suspensions, List<CaseEvent> events, CaseEvent e, CaseAction action = CaseAction.Suspend)
    {
        var n = events.Count(x => x.Action == action && x.Sequence <= e.Sequence) - 1;
        return n >= 0 && n < suspensions.Count ? suspensions[n] : null;
    }

    private static Outcome<(string, byte[])> NoFont() => Outcome<(string, byte[])>.Conflict(ChineseFont.Missing);
}
