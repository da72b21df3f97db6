using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases.Submit;
using Yiwang.Web.Features.Policies.Matching;

namespace Yiwang.Web.Features.Policies.Apply;

internal sealed record ClauseApplied(string CaseNumber, string ItemCode, long? AmountFen, string Summary, bool ApprovedBySystem = false);

/// <summary>
/// 快申快享: one application, prefilled from the firm's facts, the rule pre-checked on submit (refused
/// with the reasons when the firm does not qualify); it becomes an ordinary case of the paying
/// department under the clause's item, with the clause's promised limit.
/// </summary>
internal sealed class ApplyClauseHandler(YiwangDb db, PolicyClauses clauses, FirmFactsReader facts, SubmitApplicationHandler submit, TimeProvider clock,
    UnitOfWork unitOfWork, Instant.SystemGrant grant)
{
    public async Task<Outcome<ClauseApplied>> HandleAsync(string code, string key, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.CreditCode() is not { } creditCode) return Outcome<ClauseApplied>.Forbidden("请以法人账号登录申报");
        var on = clock.Today();
        var clause = (await clauses.OpenAsync(db, on, code, ct)).FirstOrDefault(c => c.Clause.Key == key);
        if (clause is null) return Outcome<ClauseApplied>.NotFound($"政策 {code} 没有在有效期内的条款 {key}");
        if (!PolicyItems.Applied(clause.Clause)) return Outcome<ClauseApplied>.Conflict("该条款为免申即享，无需申报：符合条件的企业由平台比对后直接推送确认");
        if ((await facts.ReadAsync(on, creditCode, ct)).FirstOrDefault() is not { } firm) return Outcome<ClauseApplied>.Invalid("creditCode", "法人库中没有本单位的存续记录，请先核实登记信息");
        var trace = clause.Explain(firm, on);
        if (!trace.Eligible) return Outcome<ClauseApplied>.Invalid(new Dictionary<string, string[]> { ["eligibility"] = [.. trace.WhyNot] }, "预审未通过：本单位暂不符合该条款的条件");

        var period = PolicyMatch.PeriodOf(clause.Clause, on);
        var place = new PolicyApplication
        {
            CreditCode = creditCode, PolicyCode = code, ClauseKey = key, Period = period, AmountFen = trace.AmountFen, TraceJson = PolicyMatch.Write(trace), AppliedAt = clock.GetUtcNow(),
        };
        // The place is held first: a second application for the same clause and period fails on the key, not on a check.
        var earlier = await db.PolicyApplications.SingleOrDefaultAsync(a => a.CreditCode == creditCode && a.PolicyCode == code && a.ClauseKey == key && a.Period == period, ct);
        if (earlier is not null)
        {
            var status = earlier.CaseNumber is null ? null : await db.Cases.AsNoTracking().Where(c => c.Number == earlier.CaseNumber).Select(c => (Cases.CaseStatus?)c.Status).SingleOrDefaultAsync(ct);
            if (status is not (Cases.CaseStatus.Refused or Cases.CaseStatus.Withdrawn)) return Outcome<ClauseApplied>.Conflict($"本单位已申报该条款（{(period == "once" ? "限享一次" : period + "年度")}），办件 {earlier.CaseNumber}");
            db.PolicyApplications.Remove(earlier);
        }
        db.PolicyApplications.Add(place);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return Outcome<ClauseApplied>.Conflict("本单位已申报该条款"); }

        var itemCode = PolicyItems.CodeOf(code, key);
        var form = new Dictionary<string, string>
        {
            ["amount"] = Redeem.RedeemHandler.Yuan(trace.AmountFen ?? 0),
            ["basis"] = trace.Summary.Length > 2000 ? trace.Summary[..2000] : trace.Summary,
        };
        // 免证办: applying is the firm's consent to draw its business licence (an identity checked to L3 draws; otherwise the window checks it).
        var submitted = await submit.HandleAsync(new SubmitApplicationRequest(itemCode, Form: form, Delivery: Cases.DeliveryMethod.Electronic,
            UseLicences: Accounts.Assurance.AssuranceClaims.Reaches(user, Accounts.Assurance.AssuranceLevel.L3)), user, ct);
        if (!submitted.IsOk)
        {
            db.PolicyApplications.Remove(place);
            await db.SaveChangesAsync(ct);
            return submitted.As<ClauseApplied>();
        }
        place.CaseNumber = submitted.Value!.Number;
        await db.SaveChangesAsync(ct);
        var approved = clause.Clause.Mode == RedemptionMode.InstantApproval && await ApproveAsync(place.CaseNumber, clause, trace, ct);
        return Outcome<ClauseApplied>.Ok(new ClauseApplied(place.CaseNumber, itemCode, trace.AmountFen, trace.Summary, approved));
    }

    /// <summary>
    /// 秒批: the rule held on the firm's own records (the trace is on the case), so the system accepts and
    /// grants within the request, named as the decider; the decision document is sealed as for any grant.
    /// </summary>
    private async Task<bool> ApproveAsync(string number, CompiledClause clause, ClauseTrace trace, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Events).SingleAsync(x => x.Number == number, ct);
        try
        {
            grant.Grant(c, "系统按企业基础库数据预审通过", $"经数据比对符合《{clause.Document.Title}》“{clause.Clause.Title}”的条件，系统自动审批（秒批）。{trace.Summary}");
            await unitOfWork.CommitAsync(ct);
            return true;
        }
        catch (Cases.CaseTransitionException)
        {
            // Left to ordinary handling by the department.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
