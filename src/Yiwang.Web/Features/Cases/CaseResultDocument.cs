using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases;

/// <summary>A granted case's decision as a one-page PDF (for results that are not electronic licences), passed on as another case's material.</summary>
public static class CaseResultDocument
{
    /// <summary>Needs the Chinese font installed (ChineseFont.TryInstall) before the call.</summary>
    public static async Task<(string Result, byte[] Pdf)> RenderAsync(YiwangDb db, Case granted, string note, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        var guide = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == granted.ServiceItemId && v.VersionNo == granted.ItemVersionNo)
            .Select(v => v.Guide).SingleAsync(ct);
        var result = guide.ResultName ?? granted.ItemName + "办理结果";
        var issuer = await db.Departments.Where(d => d.Id == granted.DepartmentId).Select(d => d.Name).SingleAsync(ct);
        var pdf = new NoticeDocument($"{result}（办理结果）", $"（{granted.Number}）", granted.ApplicantName,
        [
            $"你（单位）申请的“{granted.ItemName}”，经审查，本机关决定准予：{granted.DecisionReason}。",
            $"办理结果“{result}”：{note}",
        ], issuer, ChinaTime.Date(granted.DecidedAt ?? now), $"{baseUrl.TrimEnd('/')}/progress?number={Uri.EscapeDataString(granted.Number)}").Render();
        return (result, pdf);
    }
}
