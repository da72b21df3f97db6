using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yiwang.BrowserTests.Cases;

namespace Yiwang.BrowserTests.Policies;

/// <summary>惠企政策: an anonymous visitor uses the 政策计算器 on a phone; a firm signs in and finds the policies pushed to it, with the reasons.</summary>
[Collection(nameof(BrowserCollection))]
public class PolicyJourney(BrowserFixture fx)
{
    [Fact]
    public async Task A_visitor_on_a_phone_finds_out_what_a_firm_may_get_and_why_not()
    {
        var page = await fx.PageAsync(375, 812);
        await BrowserFixture.JourneyAsync(page, "policy-calculator-phone", async () =>
        {
            await page.GotoAsync("/policies");
            Assert.Equal("12", await page.GetByTestId("policy-total").InnerTextAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "政策计算器：测一测能享受哪些政策" }).ClickAsync();
            await page.WaitForURLAsync("**/policies/calculator");
            var form = page.GetByTestId("calculator");
            await form.Locator("select[name=industry_section]").SelectOptionAsync("C");
            await form.Locator("input[name=revenue]").FillAsync("3000");
            await form.Locator("input[name=rd_spend]").FillAsync("380");
            await form.Locator("input[name=employees]").FillAsync("50");
            await form.Locator("[data-fact=credit_ok]").GetByLabel("是").CheckAsync();
            await form.Locator("[data-fact=high_tech]").GetByLabel("否").CheckAsync();
            await page.GetByTestId("calculate").ClickAsync();
            var results = page.GetByTestId("results");
            await results.WaitForAsync();
            var smart = page.GetByTestId("eligible").Filter(new() { HasText = "智能制造示范企业奖励" });
            Assert.Contains("预计 38万元", await smart.InnerTextAsync());
            Assert.Contains("上年度研发投入 380万元", await smart.InnerTextAsync());
            // Why not, in words, for what it may not get.
            await page.GetByText("暂不符合的").ClickAsync();
            var notYet = page.GetByTestId("not-eligible").Filter(new() { HasText = "首次认定高新技术企业奖励" });
            Assert.Contains("不符合：高新技术企业：否", await notYet.InnerTextAsync());
            await Overflow.AssertNoneAsync(page, "/policies/calculator (results)");
            // The clause it links to explains itself.
            await smart.Locator("a.title").ClickAsync();
            await page.WaitForURLAsync("**/policies/ZJJ-2022-XXRH*");
            Assert.Contains("承诺 40 个工作日", await page.Locator("#clause-smart_factory").InnerTextAsync());
        });
    }

    [Fact]
    public async Task A_firm_finds_a_pushed_policy_with_its_reason_confirms_it_and_later_sees_it_paid()
    {
        // Other journeys move the shared clock: "last year" is the clock's. Each demo firm's latest figures are set for it,
        // and the year before at a sixth less revenue (20 % growth), as the seed has them.
        await fx.App.WithDbAsync(async db =>
        {
            var last = Yiwang.Web.Common.Time.ChinaTime.Today(fx.App.Clock).Year - 1;
            var rows = await db.EnterpriseDataRecords.ToListAsync();
            foreach (var latest in rows.GroupBy(r => r.CreditCode).Select(g => g.MaxBy(r => r.Year)!).ToList())
                foreach (var (year, revenue) in new[] { (last, latest.Revenue), (last - 1, Math.Round(latest.Revenue / 1.2m, 2)) })
                {
                    var row = rows.FirstOrDefault(r => r.CreditCode == latest.CreditCode && r.Year == year);
                    if (row is null)
                        db.EnterpriseDataRecords.Add(row = new Yiwang.Web.Features.DataSharing.EnterpriseDataRecord
                        {
                            Key = Yiwang.Web.Features.DataSharing.EnterpriseDataRecord.KeyOf(latest.CreditCode, year), CreditCode = latest.CreditCode, Year = year, IndustryCode = latest.IndustryCode,
                        });
                    (row.Employees, row.Revenue, row.TaxPaid, row.RdSpend, row.HighTech, row.Specialized) = (latest.Employees, revenue, latest.TaxPaid, latest.RdSpend, latest.HighTech, latest.Specialized);
                }
            // FalseCommitmentJourney may have put a 失信记录 on this firm (a false 承诺书) in the shared app: this journey is about a firm in good standing.
            db.CreditRecords.RemoveRange(db.CreditRecords.Where(c => c.SubjectName == "张家界天门山旅游服务有限公司" && c.List != Yiwang.Web.Features.DataSharing.CreditList.Red));
            return await db.SaveChangesAsync();
        });
        await using (var scope = fx.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Yiwang.Web.Features.Policies.Matching.PolicyMatcher>().RunAsync(null, null, "每日比对", default);
        // The firm was told (in-site and SMS).
        Assert.True(await fx.App.WithDbAsync(db => db.Messages.AnyAsync(m => m.Title == "惠企政策：您可享受" && m.Body.Contains("文旅企业增长奖励"))));
        await using var desks = new SignedInPages(fx);
        var firm = await desks.OfAsync("enterprise");
        await BrowserFixture.JourneyAsync(firm, "policy-pushed-paid", async () =>
        {
            await firm.GotoAsync("/policies/mine");
            var growth = firm.Locator("[data-testid=my-policy][data-clause=tourism_growth]");
            Assert.Contains("预计 6万元", await growth.InnerTextAsync());
            Assert.Contains("上年度营业收入增长率 20%", await growth.GetByTestId("reason").InnerTextAsync());
            await growth.GetByText("比对依据（数据来源）").ClickAsync();
            Assert.Contains("企业经营数据库", await growth.InnerTextAsync());

            // The paying department reviews the 稳岗补贴 batch and releases it.
            var rs = await desks.OfAsync("rs-approver");
            await rs.GotoAsync("/staff/policy-batches");
            await rs.GetByTestId("batch").Filter(new() { HasText = "稳岗补贴" }).Locator("a").ClickAsync();
            await rs.GetByTestId("release").ClickAsync();
            Assert.Contains("待企业确认", await rs.Locator("main").InnerTextAsync());

            // The firm confirms with one click (its account).
            await firm.GotoAsync("/policies/mine");
            var offer = firm.Locator("[data-testid=entitlement][data-clause=job_subsidy]");
            Assert.Equal("待企业确认", await offer.GetByTestId("state").InnerTextAsync());
            await offer.GetByLabel("开户银行").FillAsync("张家界农村商业银行");
            await offer.GetByLabel("收款账号").FillAsync("6228480123456789012");
            await offer.GetByRole(AriaRole.Button, new() { Name = "确认享受" }).ClickAsync();
            await firm.GetByTestId("done").WaitForAsync();
            Assert.Equal("已确认，待拨付", await firm.Locator("[data-testid=entitlement][data-clause=job_subsidy]").GetByTestId("state").InnerTextAsync());

            // The department records the payout; the firm sees it paid; the public list shows it.
            await rs.ReloadAsync();
            var pay = rs.GetByTestId("pay").First;
            await pay.GetByLabel("凭证号").FillAsync("ZJ-CZ-2026-0088");
            await pay.GetByRole(AriaRole.Button, new() { Name = "登记拨付" }).ClickAsync();
            await rs.GetByTestId("done").WaitForAsync();
            await firm.ReloadAsync();
            var paid = firm.Locator("[data-testid=entitlement][data-clause=job_subsidy]");
            Assert.Equal("已拨付", await paid.GetByTestId("state").InnerTextAsync());
            Assert.Contains("ZJ-CZ-2026-0088", await paid.GetByTestId("paid").InnerTextAsync());
            await firm.GotoAsync("/policies/payouts");
            Assert.Contains("张家界天门山旅游服务有限公司", await firm.GetByTestId("payout").Filter(new() { HasText = "稳岗补贴" }).InnerTextAsync());
        });
    }
}
