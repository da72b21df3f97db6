using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies.Mine;

internal sealed record MyPolicy(string PolicyCode, string PolicyTitle, string ClauseKey, string ClauseTitle, string Mode, string Period, bool Eligible, bool NearMiss,
    long? AmountFen, string? Amount, string Summary, IReadOnlyList<string> WouldQualify, DateTimeOffset FoundAt, ClauseTrace Trace, string? CaseNumber = null);

/// <summary>我的惠企政策: what the signed-in firm may get (with estimated amounts and the reasons), and its near misses.</summary>
internal sealed class MyPoliciesHandler(YiwangDb db)
{
    public async Task<Outcome<List<MyPolicy>>> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.CreditCode() is not { } code) return Outcome<List<MyPolicy>>.Forbidden("请以法人账号登录查看本单位可享受的惠企政策");
        var matches = await db.PolicyMatches.AsNoTracking().Where(m => m.CreditCode == code && (m.Eligible || m.NearMiss))
            .OrderByDescending(m => m.Eligible).ThenByDescending(m => m.AmountFen).ToListAsync(ct);
        var codes = matches.Select(m => m.PolicyCode).Distinct().ToList();
        var documents = await (from p in db.Policies.AsNoTracking()
                               join v in db.PolicyVersions.AsNoTracking() on p.Id equals v.PolicyId
                               where codes.Contains(p.Code)
                               select new { p.Code, v.VersionNo, v.Document }).ToListAsync(ct);
        var applied = (await db.PolicyApplications.AsNoTracking().Where(a => a.CreditCode == code && a.CaseNumber != null).ToListAsync(ct))
            .ToDictionary(a => (a.PolicyCode, a.ClauseKey, a.Period), a => a.CaseNumber);
        return Outcome<List<MyPolicy>>.Ok(matches.Select(m =>
        {
            var d = documents.Single(x => x.Code == m.PolicyCode && x.VersionNo == m.VersionNo).Document;
            var trace = m.Trace;
            return new MyPolicy(m.PolicyCode, d.Title, m.ClauseKey, d.Clause(m.ClauseKey)?.Title ?? m.ClauseKey, m.Mode.Label(), m.Period == "once" ? "限享一次" : $"{m.Period}年度",
                m.Eligible, m.NearMiss, m.AmountFen, m.AmountFen is { } f ? RuleExplainer.Money(f) : null, trace.Summary, trace.WouldQualify.ToList(), m.FoundAt, trace,
                applied.GetValueOrDefault((m.PolicyCode, m.ClauseKey, m.Period)));
        }).ToList());
    }
}
