using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// 受理通知书, 不予受理通知书, 一次性告知书 of a case, as PDF with a QR code to the public progress page;
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
                c.PromisedDays == 0 ? "本事项为即办件，当场办结。" : $"本机关将在{c.PromisedDays}个工作日内（{c.Due:yyyy年M月d日}前）作出决定。",
            },
            "refusal" => [$"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，经审查，本机关决定不予受理。", e.Detail ?? "", "如不服本决定，可以依法申请行政复议或者提起行政诉讼。"],
            _ => [$"你（单位）于{submitted.Year}年{submitted.Month}月{submitted.Day}日提出的“{c.ItemName}”申请，需一次性补正下列材料：",
                ..(e.Detail ?? "").Replace("一次性告知补正：", "").Split('；').Select((m, i) => $"{i + 1}. {m}"),
                "请补齐后重新提交。补正材料齐全之日起计算办理时限。"],
        };
        var url = $"{(config["Portal:BaseUrl"] ?? baseUrl).TrimEnd('/')}/progress?number={Uri.EscapeDataString(c.Number)}";
        var pdf = new NoticeDocument(k.Title, $"（{c.Number}）", c.ApplicantName, paragraphs, dept, ChinaTime.Date(e.At), url).Render();
        return Outcome<(string, byte[])>.Ok(($"{k.Title}-{c.Number}.pdf", pdf));
    }

    private static Outcome<(string, byte[])> NoFont() => Outcome<(string, byte[])>.Conflict(ChineseFont.Missing);
}
