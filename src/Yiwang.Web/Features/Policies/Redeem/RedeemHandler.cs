using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Policies.Redeem;

internal sealed record EntitlementView(string Number, string FirmName, string CreditCode, string PolicyCode, string PolicyTitle, string ClauseKey, string ClauseTitle, string Period,
    string State, EntitlementState StateCode, long? AmountFen, string? Amount, string Summary, IReadOnlyList<FactUsed> Facts, string? AmountWorking, string? ExcludedReason,
    DateOnly? PayBy, string? BankName, string? BankAccount, string? DeclinedReason, string? Paid, DateOnly? PaidOn, string? Voucher, Guid Concurrency);

internal sealed record BatchSummary(long Id, string Title, string Department, string Period, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt, int Firms, int Proposed, int Offered, int Confirmed, int Paid, string? Total);

internal sealed record BatchView(BatchSummary Batch, IReadOnlyList<EntitlementView> Entitlements);

internal sealed record PublishedPayout(string FirmName, string PolicyTitle, string ClauseTitle, string Amount, long AmountFen, DateOnly PaidOn, string Department);

internal sealed record ExcludeRequest(string? Reason, Guid? Concurrency = null);
/// <summary>The firm's receiving account; SameAccount: the account it gave when it last confirmed a benefit.</summary>
internal sealed record ConfirmRequest(string? BankName, string? BankAccount, Guid? Concurrency = null, bool SameAccount = false);

/// <summary>The account a firm last gave, as its pages show it (the number masked).</summary>
internal sealed record LastAccount(string BankName, string MaskedAccount);
internal sealed record DeclineRequest(string? Reason, Guid? Concurrency = null);
internal sealed record PayRequest(decimal? Amount, DateOnly? PaidOn, string? Voucher, Guid? Concurrency = null);

/// <summary>
/// 免申即享 from data to money: the paying department reviews a batch (each firm's trace in view; a firm
/// excluded with a reason, audited), releases it; each firm confirms with one click (its account) or
/// declines; the department records the payout (拨付: amount, date, voucher); paid benefits are public.
/// </summary>
internal sealed class RedeemHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit, Inbox inbox, Calendar.WorkingDayCalendar calendar)
{
    private static bool Pays(ClaimsPrincipal user, int department) =>
        user.Meets(AuthPolicy.PlatformAdmin) || (user.Meets(AuthPolicy.DepartmentWork) && user.DepartmentId() == department);

    public async Task<Outcome<List<BatchSummary>>> BatchesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(AuthPolicy.PlatformAdmin) && !user.Meets(AuthPolicy.DepartmentWork)) return Outcome<List<BatchSummary>>.Forbidden("只有兑现部门的工作人员可以审核免申即享批次");
        var mine = user.Meets(AuthPolicy.PlatformAdmin) ? null : user.DepartmentId();
        var batches = await db.EntitlementBatches.AsNoTracking().Where(b => mine == null || b.DepartmentId == mine).OrderByDescending(b => b.Id).Take(200).ToListAsync(ct);
        return Outcome<List<BatchSummary>>.Ok(await SummariesAsync(batches, ct));
    }

    private async Task<List<BatchSummary>> SummariesAsync(List<EntitlementBatch> batches, CancellationToken ct)
    {
        var ids = batches.Select(b => b.Id).ToList();
        var counts = (await db.Entitlements.AsNoTracking().Where(e => ids.Contains(e.BatchId)).Select(e => new { e.BatchId, e.State, e.AmountFen }).ToListAsync(ct)).ToLookup(e => e.BatchId);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return batches.Select(b =>
        {
            var c = counts[b.Id].ToList();
            int N(EntitlementState s) => c.Count(x => x.State == s);
            var total = c.Where(x => x.State is not (EntitlementState.Excluded or EntitlementState.Declined)).Sum(x => x.AmountFen ?? 0);
            return new BatchSummary(b.Id, b.Title, departments.GetValueOrDefault(b.DepartmentId, ""), b.Period, b.CreatedAt, b.ReleasedAt, c.Count,
                N(EntitlementState.Proposed), N(EntitlementState.Offered), N(EntitlementState.Confirmed), N(EntitlementState.Paid), total > 0 ? RuleExplainer.Money(total) : null);
        }).ToList();
    }

    public async Task<Outcome<BatchView>> BatchAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var batch = await db.EntitlementBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || !Pays(user, batch.DepartmentId)) return Outcome<BatchView>.NotFound($"批次 {id} 不存在");
        var entitlements = await db.Entitlements.AsNoTracking().Where(e => e.BatchId == id).OrderBy(e => e.Number).ToListAsync(ct);
        audit.Record(user, "policy.batch.read", $"batch:{id}", $"查看批次企业 {entitlements.Count} 家的比对依据");
        await unitOfWork.CommitAsync(ct);
        return Outcome<BatchView>.Ok(new BatchView((await SummariesAsync([batch], ct))[0], entitlements.Select(e => View(e, staff: true)).ToList()));
    }

    public static EntitlementView View(Entitlement e, bool staff)
    {
        var trace = e.Trace;
        return new EntitlementView(e.Number, e.FirmName, e.CreditCode, e.PolicyCode, e.PolicyTitle, e.ClauseKey, e.ClauseTitle, e.Period == "once" ? "限享一次" : $"{e.Period}年度",
            e.State.Label(), e.State, e.AmountFen, e.AmountFen is { } f ? RuleExplainer.Money(f) : null, trace.Summary, trace.Facts, trace.AmountWorking, e.ExcludedReason,
            e.PayBy, e.BankName, Mask(e.BankAccount), staff || e.State != EntitlementState.Excluded ? e.DeclinedReason : null,
            e.PaidFen is { } p ? RuleExplainer.Money(p) : null, e.PaidOn, e.Voucher, e.Concurrency);
    }

    public async Task<Outcome<EntitlementView>> ExcludeAsync(string number, ExcludeRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) return Outcome<EntitlementView>.Invalid("reason", "请填写排除理由（将记入审计日志）");
        return await ActAsync(number, r.Concurrency, user, staff: true, (e, name) =>
        {
            e.Exclude(r.Reason.Trim(), name);
            audit.Record(user, "policy.entitlement.exclude", $"entitlement:{e.Number}", $"{e.FirmName}：{r.Reason.Trim()}");
        }, ct);
    }

    public async Task<Outcome<BatchSummary>> ReleaseAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var batch = await db.EntitlementBatches.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || !Pays(user, batch.DepartmentId)) return Outcome<BatchSummary>.NotFound($"批次 {id} 不存在");
        var now = clock.GetUtcNow();
        var proposed = await db.Entitlements.Where(e => e.BatchId == id && e.State == EntitlementState.Proposed).ToListAsync(ct);
        if (proposed.Count == 0) return Outcome<BatchSummary>.Conflict("本批次没有待审核的企业");
        var accounts = await FirmAccounts.OfAsync(db, proposed.Select(e => e.CreditCode).Distinct().ToList(), ct);
        foreach (var e in proposed)
        {
            e.Offer(user.Identity!.Name!, now);
            foreach (var account in accounts[e.CreditCode])
                inbox.Post(account, now, "免申即享：请确认", $"根据《{e.PolicyTitle}》“{e.ClauseTitle}”，贵单位经数据比对符合条件" +
                    (e.AmountFen is { } f ? $"，可享受 {RuleExplainer.Money(f)}" : "") + "，无需申请。请登录“我的惠企政策”一键确认收款账户，部门将在承诺时限内拨付。", sms: true);
        }
        (batch.ReleasedAt, batch.ReleasedBy) = (now, user.Identity!.Name);
        audit.Record(user, "policy.batch.release", $"batch:{id}", $"{batch.Title}：审核通过 {proposed.Count} 家，推送企业确认");
        await unitOfWork.CommitAsync(ct);
        return Outcome<BatchSummary>.Ok((await SummariesAsync([batch], ct))[0]);
    }

    public async Task<Outcome<List<EntitlementView>>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.CreditCode() is not { } code) return Outcome<List<EntitlementView>>.Forbidden("请以法人账号登录");
        var mine = await db.Entitlements.AsNoTracking().Where(e => e.CreditCode == code && e.State != EntitlementState.Proposed && e.State != EntitlementState.Excluded)
            .OrderByDescending(e => e.Id).ToListAsync(ct);
        return Outcome<List<EntitlementView>>.Ok(mine.Select(e => View(e, staff: false)).ToList());
    }

    /// <summary>The account the signed-in firm gave at its latest confirmation, masked; null when it has given none.</summary>
    public async Task<LastAccount?> LastAccountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await LastAccountOfAsync(user, ct) is { } last ? new LastAccount(last.BankName, Mask(last.BankAccount)!) : null;

    private async Task<(string BankName, string BankAccount)?> LastAccountOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.CreditCode() is not { } code) return null;
        var last = await db.Entitlements.AsNoTracking().Where(e => e.CreditCode == code && e.BankAccount != null && e.ConfirmedAt != null)
            .OrderByDescending(e => e.ConfirmedAt).Select(e => new { e.BankName, e.BankAccount }).FirstOrDefaultAsync(ct);
        return last is { BankName: { } bank, BankAccount: { } account } ? (bank, account) : null;
    }

    private static string? Mask(string? account) => account is { Length: > 4 } a ? new string('*', Math.Min(a.Length - 4, 12)) + a[^4..] : account;

    public async Task<Outcome<EntitlementView>> ConfirmAsync(string number, ConfirmRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (r.SameAccount && string.IsNullOrWhiteSpace(r.BankAccount))
        {
            if (await LastAccountOfAsync(user, ct) is not { } last) return Outcome<EntitlementView>.Invalid("bankAccount", "贵单位尚无已确认的收款账户，请填写开户银行和账号");
            r = r with { BankName = last.BankName, BankAccount = last.BankAccount };
        }
        var errors = new Dictionary<string, string[]>();
        var account = (r.BankAccount ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(r.BankName) || r.BankName.Trim().Length > 100) errors["bankName"] = ["请填写开户银行"];
        if (account.Length is < 8 or > 32 || !account.All(char.IsAsciiDigit)) errors["bankAccount"] = ["银行账号应为8至32位数字"];
        if (errors.Count > 0) return Outcome<EntitlementView>.Invalid(errors, "收款账户有误");
        return await ActAsync(number, r.Concurrency, user, staff: false, (e, name) =>
            e.Confirm(name, r.BankName!.Trim(), account, clock.GetUtcNow(), calendar.Schedule.AddWorkingDays(clock.Today(), e.PromisedDays).Date), ct);
    }

    public Task<Outcome<EntitlementView>> DeclineAsync(string number, DeclineRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        ActAsync(number, r.Concurrency, user, staff: false, (e, name) => e.Decline(name, string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim()), ct);

    public async Task<Outcome<EntitlementView>> PayAsync(string number, PayRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Amount is not { } amount || amount <= 0 || decimal.Round(amount, 2) != amount) errors["amount"] = ["请填写拨付金额（元，最多两位小数）"];
        if (r.PaidOn is not { } on || on > clock.Today()) errors["paidOn"] = ["请填写拨付日期（不能晚于今天）"];
        if (string.IsNullOrWhiteSpace(r.Voucher) || r.Voucher.Trim().Length > 64) errors["voucher"] = ["请填写拨付凭证号"];
        if (errors.Count > 0) return Outcome<EntitlementView>.Invalid(errors, "拨付信息有误");
        var fen = (long)(r.Amount!.Value * 100);
        var existing = await db.Entitlements.AsNoTracking().Where(e => e.Number == number).Select(e => e.AmountFen).SingleOrDefaultAsync(ct);
        if (existing is { } due && fen > due) return Outcome<EntitlementView>.Invalid("amount", $"拨付金额不能超过核定金额 {RuleExplainer.Money(due)}");
        return await ActAsync(number, r.Concurrency, user, staff: true, (e, name) =>
        {
            e.Pay(fen, r.PaidOn!.Value, r.Voucher!.Trim(), name);
            audit.Record(user, "policy.entitlement.pay", $"entitlement:{e.Number}", $"{e.FirmName}：拨付 {RuleExplainer.Money(fen)}，凭证 {e.Voucher}");
        }, ct, told: e => ("惠企政策资金已拨付", $"“{e.ClauseTitle}”资金 {RuleExplainer.Money(fen)} 已于 {r.PaidOn:yyyy-MM-dd} 拨付至贵单位账户（凭证号 {e.Voucher}）。"));
    }

    /// <summary>结果公开: the benefits paid, newest first.</summary>
    public async Task<List<PublishedPayout>> PublishedAsync(CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return (await db.Entitlements.AsNoTracking().Where(e => e.State == EntitlementState.Paid).OrderByDescending(e => e.PaidOn).ThenByDescending(e => e.Id).Take(500).ToListAsync(ct))
            .Select(e => new PublishedPayout(e.FirmName, e.PolicyTitle, e.ClauseTitle, RuleExplainer.Money(e.PaidFen!.Value), e.PaidFen!.Value, e.PaidOn!.Value, departments.GetValueOrDefault(e.DepartmentId, "")))
            .ToList();
    }

    private async Task<Outcome<EntitlementView>> ActAsync(string number, Guid? concurrency, ClaimsPrincipal user, bool staff, Action<Entitlement, string> act, CancellationToken ct,
        Func<Entitlement, (string Title, string Body)>? told = null)
    {
        var e = await db.Entitlements.SingleOrDefaultAsync(x => x.Number == number, ct);
        // Staff of the paying department act on its records; a firm on its own, once released to it.
        var allowed = e is not null && (staff ? Pays(user, e.DepartmentId)
            : user.CreditCode() == e.CreditCode && e.State is not (EntitlementState.Proposed or EntitlementState.Excluded));
        if (e is null || !allowed) return Outcome<EntitlementView>.NotFound($"兑现记录 {number} 不存在");
        if (concurrency is { } token && token != e.Concurrency) return Outcome<EntitlementView>.Conflict("该兑现记录已有变化，请刷新后再办理");
        try { act(e, user.Identity!.Name!); }
        catch (Cases.CaseTransitionException x) { return Outcome<EntitlementView>.Conflict(x.Message); }
        if (told?.Invoke(e) is { } message)
            foreach (var account in (await FirmAccounts.OfAsync(db, [e.CreditCode], ct))[e.CreditCode]) inbox.Post(account, clock.GetUtcNow(), message.Title, message.Body, sms: true);
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<EntitlementView>.Conflict("该兑现记录已被他人办理，请刷新"); }
        return Outcome<EntitlementView>.Ok(View(e, staff));
    }

    internal static string Yuan(long fen) => (fen / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
