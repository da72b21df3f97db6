using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies.Matching;

internal sealed record MatchRun(DateOnly On, int Firms, int Clauses, int Eligible, int NewlyEligible, int NearMisses, int Proposed = 0);

/// <summary>
/// 政策找人: every firm in business matched against every open clause (or one policy's, or one firm
/// against all). A match and a near miss are kept with their trace; a firm that newly qualifies for a
/// clause and period is told once (in-site message and SMS). Run when a policy is published, when a
/// library it reads is imported, and nightly.
/// </summary>
internal sealed class PolicyMatcher(YiwangDb db, PolicyClauses clauses, FirmFactsReader facts, UnitOfWork unitOfWork, TimeProvider clock, Inbox inbox, AuditLog audit)
{
    public async Task<MatchRun> RunAsync(string? policyCode, string? creditCode, string reason, CancellationToken ct)
    {
        var on = clock.Today();
        var now = clock.GetUtcNow();
        var open = await clauses.OpenAsync(db, on, policyCode, ct);
        var firms = await facts.ReadAsync(on, creditCode, ct);
        audit.Record("系统（政策找人）", "policy.match", policyCode is null ? "policies" : $"policy:{policyCode}",
            $"{reason}：读取法人库、企业经营数据库、信用库、电子证照库，比对企业 {firms.Count} 家、条款 {open.Count} 个");
        var accounts = await FirmAccounts.OfAsync(db, creditCode is null ? null : [creditCode], ct);
        await unitOfWork.CommitAsync(ct); // the audit entry

        var (eligibleCount, newly, near) = (0, 0, 0);
        var buffer = new double[FirmFacts.Width + (open.Count == 0 ? 0 : open.Max(c => c.Width - FirmFacts.Width))];
        foreach (var clause in open)
        {
            if (clause.ParametersOn(on) is not { } parameters || clause.On(on) is not { } fast) continue;
            var period = PolicyMatch.PeriodOf(clause.Clause, on);
            var (code, key) = (clause.PolicyCode, clause.Clause.Key);
            // One clause at a time, saved in chunks: a city's firms never sit in one unit of work.
            var existing = (await db.PolicyMatches.Where(m => m.PolicyCode == code && m.ClauseKey == key && m.Period == period && (creditCode == null || m.CreditCode == creditCode))
                .ToListAsync(ct)).ToDictionary(m => m.CreditCode);
            var pending = 0;
            foreach (var firm in firms)
            {
                if (pending >= 2000) { await unitOfWork.CommitAsync(ct); pending = 0; }
                Array.Copy(firm.Values, buffer, FirmFacts.Width);
                buffer[0] = on.DayNumber;
                var eligible = fast.Eligible(buffer);
                Array.Copy(parameters, 0, buffer, FirmFacts.Width, parameters.Length);
                var nearMiss = !eligible && clause.NearMiss(buffer);
                existing.TryGetValue(firm.CreditCode, out var row);
                if (!eligible && !nearMiss)
                {
                    if (row is { } && (row.Eligible || row.NearMiss)) { (row.Eligible, row.NearMiss, row.CheckedAt, row.TraceJson) = (false, false, now, PolicyMatch.Write(clause.Explain(firm, on))); pending++; }
                    continue;
                }
                var trace = clause.Explain(firm, on);
                // The same finding on the same facts as last time: the stored trace stands (its day is refreshed below, in one statement).
                if (row is not null && (!eligible || row.NotifiedAt is not null) && row.Unchanged(firm.Name, clause.VersionNo, eligible, nearMiss, trace))
                {
                    if (eligible) eligibleCount++; else near++;
                    continue;
                }
                pending++;
                if (row is null)
                {
                    row = new PolicyMatch
                    {
                        CreditCode = firm.CreditCode, FirmName = firm.Name, PolicyCode = clause.PolicyCode, ClauseKey = clause.Clause.Key, Period = period,
                        TraceJson = "", FoundAt = now,
                    };
                    db.PolicyMatches.Add(row);
                }
                (row.FirmName, row.VersionNo, row.Mode, row.DepartmentId) = (firm.Name, clause.VersionNo, clause.Clause.Mode, clause.Clause.DepartmentId);
                (row.Eligible, row.NearMiss, row.AmountFen, row.TraceJson, row.CheckedAt) = (eligible, nearMiss, trace.AmountFen, PolicyMatch.Write(trace), now);
                if (nearMiss) { near++; continue; }
                eligibleCount++;
                if (row.NotifiedAt is not null) continue;
                row.NotifiedAt = now;
                newly++;
                foreach (var account in accounts[firm.CreditCode])
                    inbox.Post(account, now, "惠企政策：您可享受", Told(clause, trace), sms: true);
            }
            await unitOfWork.CommitAsync(ct);
            db.ChangeTracker.Clear();
            // Every finding that still holds was checked today, written or not.
            await db.PolicyMatches.Where(m => m.PolicyCode == code && m.ClauseKey == key && m.Period == period && (m.Eligible || m.NearMiss) && m.CheckedAt < now
                    && (creditCode == null || m.CreditCode == creditCode))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.CheckedAt, now), ct);
        }
        var proposed = await ProposeAsync(open, on, now, ct);
        return new MatchRun(on, firms.Count, open.Count, eligibleCount, newly, near, proposed);
    }

    /// <summary>
    /// 免申即享: each such clause's eligible firms without an entitlement for the period get one, in one
    /// batch per clause and run, for the department to review. The unique key (firm, clause, period)
    /// stops a second one even if two runs race.
    /// </summary>
    private async Task<int> ProposeAsync(List<CompiledClause> open, DateOnly on, DateTimeOffset now, CancellationToken ct)
    {
        var created = 0;
        foreach (var clause in open.Where(c => c.Clause.Mode == RedemptionMode.NoApplication))
        {
            var period = PolicyMatch.PeriodOf(clause.Clause, on);
            var (code, key) = (clause.PolicyCode, clause.Clause.Key);
            var due = await db.PolicyMatches.AsNoTracking()
                .Where(m => m.PolicyCode == code && m.ClauseKey == key && m.Period == period && m.Eligible
                            && !db.Entitlements.Any(x => x.CreditCode == m.CreditCode && x.PolicyCode == code && x.ClauseKey == key && x.Period == period))
                .OrderBy(m => m.Id).ToListAsync(ct);
            if (due.Count == 0) continue;
            var batch = new Redeem.EntitlementBatch
            {
                PolicyCode = code, ClauseKey = key, Period = period, DepartmentId = clause.Clause.DepartmentId, CreatedAt = now,
                Title = $"《{clause.Document.Title}》{clause.Clause.Title}（{(period == "once" ? "限享一次" : period + "年度")}）",
            };
            db.EntitlementBatches.Add(batch);
            await unitOfWork.CommitAsync(ct);
            for (var i = 0; i < due.Count; i++)
            {
                var m = due[i];
                db.Entitlements.Add(new Redeem.Entitlement
                {
                    Number = $"MS{batch.Id:D6}{i + 1:D4}", BatchId = batch.Id, CreditCode = m.CreditCode, FirmName = m.FirmName, PolicyCode = code, VersionNo = m.VersionNo,
                    PolicyTitle = clause.Document.Title, ClauseKey = key, ClauseTitle = clause.Clause.Title, Period = period, DepartmentId = clause.Clause.DepartmentId,
                    PromisedDays = clause.Clause.PromisedDays, AmountFen = m.AmountFen, TraceJson = m.TraceJson, CreatedAt = now,
                });
            }
            audit.Record("系统（免申即享）", "policy.batch", $"batch:{batch.Id}", $"{batch.Title}：{due.Count} 家企业待审核");
            await unitOfWork.CommitAsync(ct);
            created += due.Count;
        }
        return created;
    }

    private static string Told(CompiledClause c, ClauseTrace trace) =>
        $"根据《{c.Document.Title}》“{c.Clause.Title}”，贵单位符合条件" + (trace.AmountFen is { } fen ? $"，预计可享受 {Common.Rules.RuleExplainer.Money(fen)}" : "")
        + $"（{c.Clause.Mode.Label()}）。" + (c.Clause.Mode == RedemptionMode.NoApplication ? "无需申请，部门审核后将请您一键确认。" : "请登录“我的惠企政策”查看并申报。")
        + $"依据：{string.Join("；", trace.Checks.Where(x => x.Held).Select(x => x.Detail))}。";
}
