using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Policies.Matching;
using Yiwang.Web.Features.Policies.Redeem;

namespace Yiwang.Tests.Features.Policies;

/// <summary>免申即享 end to end: data match → batch review (one excluded) → the firm confirms or declines → payout → published; never twice.</summary>
public class RedeemFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<MatchRun> MatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PolicyMatcher>().RunAsync(null, null, "每日比对", default);
    }

    private static async Task<BatchSummary> BatchAsync(HttpClient staff, string clauseTitle) =>
        Assert.Single(await (await staff.GetAsync("/api/v1/policy-batches")).ReadAsync<List<BatchSummary>>(), b => b.Title.Contains(clauseTitle, StringComparison.Ordinal));

    [Fact]
    public async Task A_batch_is_reviewed_confirmed_declined_paid_and_published_and_never_paid_twice()
    {
        var run = await MatchAsync();
        Assert.True(run.Proposed >= 4, $"{run.Proposed} entitlements proposed");
        var rs = await app.ClientAsync("rs-approver");
        var jobs = await BatchAsync(rs, "稳岗补贴");
        Assert.Equal(4, jobs.Proposed); // 天门山 85, 土家风味 25, 澧水 60, 智造 140 (武陵源客栈: 严重失信; 米粉店: 4 people)
        var view = await (await rs.GetAsync($"/api/v1/policy-batches/{jobs.Id}")).ReadAsync<BatchView>();
        var restaurant = view.Entitlements.Single(e => e.FirmName == "张家界土家风味餐饮有限公司");
        Assert.Contains("从业人数 25人，高于 10人", restaurant.Summary);
        Assert.Contains(restaurant.Facts, f => f.Key == "credit_ok" && f.Source == "信用库");
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "policy.batch.read").Select(a => a.Actor).ToListAsync()), a => a == "rs-approver");
        // Another department neither sees nor touches it; exclusion needs a reason.
        Assert.DoesNotContain(await (await (await app.ClientAsync("approver")).GetAsync("/api/v1/policy-batches")).ReadAsync<List<BatchSummary>>(), b => b.Id == jobs.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("approver")).GetAsync($"/api/v1/policy-batches/{jobs.Id}")).StatusCode);
        Assert.Contains("reason", (await Problem.ReadAsync(await rs.PostJsonAsync($"/api/v1/entitlements/{restaurant.Number}/exclude", new { reason = " " }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.OK, (await rs.PostJsonAsync($"/api/v1/entitlements/{restaurant.Number}/exclude", new { reason = "已享受同类省级补贴，不重复享受" })).StatusCode);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "policy.entitlement.exclude").Select(a => a.Detail).ToListAsync()), d => d!.Contains("不重复享受"));

        // Before release the firm sees nothing to confirm.
        var enterprise = await app.ClientAsync("enterprise");
        Assert.DoesNotContain(await (await enterprise.GetAsync("/api/v1/entitlements/mine")).ReadAsync<List<EntitlementView>>(), e => e.ClauseKey == "job_subsidy");
        var released = await (await rs.PostJsonAsync($"/api/v1/policy-batches/{jobs.Id}/release", new { })).ReadAsync<BatchSummary>();
        Assert.Equal((0, 3), (released.Proposed, released.Offered));
        Assert.Contains(await app.WithDbAsync(db => db.Messages.Where(m => m.Title == "免申即享：请确认").Select(m => m.Body).ToListAsync()), b => b.Contains("稳岗补贴"));

        var mine = Assert.Single(await (await enterprise.GetAsync("/api/v1/entitlements/mine")).ReadAsync<List<EntitlementView>>(), e => e.ClauseKey == "job_subsidy");
        Assert.Equal("待企业确认", mine.State);
        Assert.Contains("bankAccount", (await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/confirm", new { bankName = "张家界农商银行", bankAccount = "12ab" }), HttpStatusCode.BadRequest)).Errors.Keys);
        // No account given before: "the same account" has nothing to use.
        Assert.Contains("bankAccount", (await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/confirm", new { sameAccount = true }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.GetAsync("/api/v1/entitlements/account")).StatusCode);
        var confirmed = await (await enterprise.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/confirm", new { bankName = "张家界农商银行", bankAccount = "6228 4801 2345 6789 012" })).ReadAsync<EntitlementView>();
        var last = await (await enterprise.GetAsync("/api/v1/entitlements/account")).ReadAsync<LastAccount>();
        Assert.Equal(("张家界农商银行", "************9012"), (last.BankName, last.MaskedAccount)); // the next confirmation may reuse it
        Assert.Equal("已确认，待拨付", confirmed.State);
        Assert.Equal("************9012", confirmed.BankAccount); // masked on the way out
        Assert.NotNull(confirmed.PayBy);
        // Encrypted at rest: the stored column is not the number.
        Assert.DoesNotContain("62284801234567890012", await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"BankAccount\" AS \"Value\" FROM \"Entitlements\" WHERE \"BankAccount\" IS NOT NULL").FirstAsync()));

        // Declining another: 文旅企业增长奖励.
        var wl = await app.ClientAsync("wl-approver");
        var growth = await BatchAsync(wl, "文旅企业增长奖励");
        await wl.PostJsonAsync($"/api/v1/policy-batches/{growth.Id}/release", new { });
        var offered = Assert.Single(await (await enterprise.GetAsync("/api/v1/entitlements/mine")).ReadAsync<List<EntitlementView>>(), e => e.ClauseKey == "tourism_growth");
        Assert.Equal("企业已放弃", (await (await enterprise.PostJsonAsync($"/api/v1/entitlements/{offered.Number}/decline", new { reason = "本年度已享受其他奖励" })).ReadAsync<EntitlementView>()).State);
        Assert.Equal(HttpStatusCode.Conflict, (await enterprise.PostJsonAsync($"/api/v1/entitlements/{offered.Number}/confirm", new { bankName = "农商银行", bankAccount = "62284801234567890012" })).StatusCode);

        // Payout: by the paying department, within the amount found, then public.
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/pay", new { amount = 85000, paidOn = "2026-11-25", voucher = "X" })).StatusCode);
        var tooMuch = await Problem.ReadAsync(await rs.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/pay", new { amount = 85000.01m, paidOn = "2026-11-25", voucher = "ZJ-CZ-2026-0001" }), HttpStatusCode.BadRequest);
        Assert.Contains("amount", tooMuch.Errors.Keys);
        var paid = await (await rs.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/pay", new { amount = 85000, paidOn = "2026-11-25", voucher = "ZJ-CZ-2026-0001" })).ReadAsync<EntitlementView>();
        Assert.Equal(("已拨付", "8.5万元"), (paid.State, paid.Paid));
        Assert.Equal(HttpStatusCode.Conflict, (await rs.PostJsonAsync($"/api/v1/entitlements/{mine.Number}/pay", new { amount = 1, paidOn = "2026-11-25", voucher = "again" })).StatusCode);
        var published = await (await (await app.ClientAsync()).GetAsync("/api/v1/policies/payouts")).ReadAsync<List<PublishedPayout>>();
        var row = Assert.Single(published);
        Assert.Equal(("张家界天门山旅游服务有限公司", "稳岗补贴", "8.5万元"), (row.FirmName, row.ClauseTitle, row.Amount));
        Assert.Contains(await app.WithDbAsync(db => db.Messages.Where(m => m.Title == "惠企政策资金已拨付").Select(m => m.Body).ToListAsync()), b => b.Contains("ZJ-CZ-2026-0001"));

        // The dashboard counts it: money paid, 免申即享 share, days against the promise, firms reached; each with its records.
        var supervisor = await app.ClientAsync("supervisor");
        var report = await (await supervisor.GetAsync("/api/v1/indicators?from=2026-01-01&to=2026-11-25")).ReadAsync<Yiwang.Web.Features.Indicators.IndicatorReport>();
        double? V(string key) => report.Indicators.Single(i => i.Key == key).Value;
        Assert.Equal(8.5, V("policy-amount-paid"));
        Assert.Equal(1.0, V("policy-no-application-share"));
        Assert.Equal(0.0, V("policy-redeem-days")); // confirmed and paid the same day, against a 15-day promise
        Assert.True(V("policy-firms-reached") > 0.5);
        Assert.Equal(12, report.Indicators.Single(i => i.Key == "policies-published").Numerator);
        var drill = await (await supervisor.GetAsync("/api/v1/indicators/policy-amount-paid/records?from=2026-01-01&to=2026-11-25")).ReadAsync<Yiwang.Web.Features.Indicators.IndicatorRecords>();
        Assert.Contains(drill.Records, r => r.Key == mine.Number && r.Detail.Contains("ZJ-CZ-2026-0001"));

        // Never twice for the same clause and period: another run proposes nothing new, and the database refuses a copy.
        Assert.Equal(0, (await MatchAsync()).Proposed);
        var copy = await app.WithDbAsync(db => db.Entitlements.AsNoTracking().SingleAsync(e => e.Number == mine.Number));
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Entitlements.Add(new Entitlement
            {
                Number = "MS-COPY", BatchId = copy.BatchId, CreditCode = copy.CreditCode, FirmName = copy.FirmName, PolicyCode = copy.PolicyCode, PolicyTitle = copy.PolicyTitle,
                ClauseKey = copy.ClauseKey, ClauseTitle = copy.ClauseTitle, Period = copy.Period, TraceJson = copy.TraceJson, CreatedAt = copy.CreatedAt,
            });
            await db.SaveChangesAsync();
            return 0;
        }));
        Assert.Equal(DemoData.EnterpriseCreditCode, copy.CreditCode);
    }
}
