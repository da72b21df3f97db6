using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Accounts.Assurance;
using Yiwang.Web.Features.Accounts.LegalPersons;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Features.Accounts.LegalPersons;

/// <summary>Legal-person accounts, tried as whoever registers a company's credit code first.</summary>
public class LegalPersonTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    // 张家界土家风味餐饮有限公司: 王芳 is its legal representative in the 法人库.
    private static readonly string Restaurant = DemoData.WithCreditCheck("91430802MA4L00011");
    private static readonly string WangId = DemoData.WithCheckDigit("43080219920815002");

    private async Task<HttpResponseMessage> RegisterCompanyAsync(string user, string code) =>
        await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts", new
        {
            kind = "LegalPerson", userName = user, password = DemoData.Password, name = "张家界土家风味餐饮有限公司", creditCode = code,
            legalRepresentative = "王芳", idNumber = DemoData.WithCheckDigit("43080219900101123"), phone = "13900007777",
        });

    [Fact]
    public async Task The_imposter_who_registered_first_is_locked_out_once_the_representative_claims()
    {
        Assert.Equal(HttpStatusCode.Created, (await RegisterCompanyAsync("imposter-co", Restaurant)).StatusCode);
        var imposter = await app.ClientAsync("imposter-co");
        Assert.Equal(AssuranceLevel.L1, (await (await imposter.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>()).Level);
        // A second registration is refused with the way to claim it.
        var again = await Problem.ReadAsync(await RegisterCompanyAsync("someone-else", Restaurant), HttpStatusCode.BadRequest);
        Assert.Contains("认领", again.Errors["creditCode"][0]);

        // An L3 person who is not the representative cannot claim it.
        var notRep = await Problem.ReadAsync(await (await app.ClientAsync("citizen")).PostJsonAsync("/api/v1/accounts/me/companies",
            new { creditCode = Restaurant, password = "new-pass-2026" }), HttpStatusCode.Forbidden);
        Assert.Contains("法定代表人", notRep.Detail);
        // Nor can the representative below L3.
        var created = await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts",
            new { kind = "NaturalPerson", userName = "wangfang", password = DemoData.Password, name = "王芳", idNumber = WangId, phone = "13574401122" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var wang = await app.ClientAsync("wangfang");
        Assert.Equal(HttpStatusCode.Forbidden, (await wang.PostJsonAsync("/api/v1/accounts/me/companies", new { creditCode = Restaurant, password = "new-pass-2026" })).StatusCode);

        await (await app.ClientAsync("clerk")).PostJsonAsync("/api/v1/identity-checks", new { name = "王芳", idNumber = WangId, cardSeen = true });
        wang = await app.ClientAsync("wangfang");
        var claimed = await (await wang.PostJsonAsync("/api/v1/accounts/me/companies", new { creditCode = Restaurant, password = "new-pass-2026" })).ReadAsync<CompanyView>();
        Assert.Equal(("imposter-co", true), (claimed.UserName, claimed.Represented));
        // The imposter's session is dead and their password no longer works; the representative's does.
        Assert.Equal(HttpStatusCode.Unauthorized, (await imposter.GetAsync("/api/v1/accounts/me")).StatusCode);
        var anon = await app.ClientAsync();
        Assert.False((await anon.PostAsJsonAsync("/api/v1/auth/login", new { userName = "imposter-co", password = DemoData.Password })).IsSuccessStatusCode);
        Assert.True((await anon.PostAsJsonAsync("/api/v1/auth/login", new { userName = "imposter-co", password = "new-pass-2026" })).IsSuccessStatusCode);
        Assert.Equal(AssuranceLevel.L3, (await (await anon.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>()).Level);
        Assert.Contains(await (await wang.GetAsync("/api/v1/accounts/me/companies")).ReadAsync<List<CompanyView>>(), c => c.CreditCode == Restaurant && c.Represented);
        // The claim read the 法人库, and is on record.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == LegalPersonsHandler.ClaimAction && a.Subject == "account:imposter-co" && a.Actor == "wangfang")));
    }

    [Fact]
    public async Task The_representative_grants_an_agent_by_item_who_then_applies_for_the_company_until_revoked()
    {
        var lisi = await app.ClientAsync("lisi");
        var citizen = await app.ClientAsync("citizen");
        var code = DemoData.EnterpriseCreditCode;
        // Without a grant the citizen cannot apply in the company's name.
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, forCompany = code })).StatusCode);
        // Only the representative (or the bound company) manages the grants.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostJsonAsync($"/api/v1/companies/{code}/agents", new { agent = "citizen" })).StatusCode);
        var grant = await (await lisi.PostJsonAsync($"/api/v1/companies/{code}/agents", new { agent = "citizen", itemCode = DemoCases.FoodLicence })).ReadAsync<AgentGrantView>();
        Assert.Equal(HttpStatusCode.Conflict, (await lisi.PostJsonAsync($"/api/v1/companies/{code}/agents", new { agent = "citizen", itemCode = DemoCases.FoodLicence })).StatusCode);
        Assert.Contains("agent", (await Problem.ReadAsync(await lisi.PostJsonAsync($"/api/v1/companies/{code}/agents", new { agent = "enterprise" }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("itemCode", (await Problem.ReadAsync(await lisi.PostJsonAsync($"/api/v1/companies/{code}/agents", new { agent = "citizen", itemCode = "430800-XK-9999" }), HttpStatusCode.BadRequest)).Errors.Keys);

        var applied = await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, forCompany = code });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var number = (await applied.ReadAsync<CaseSummary>()).Number;
        var view = await (await citizen.GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();
        Assert.Equal("张家界天门山旅游服务有限公司", view.ApplicantName);
        Assert.Contains("经办人", view.Timeline[0].Detail);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("enterprise")).GetAsync($"/api/v1/cases/{number}")).StatusCode);
        // The grant is for one item only.
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.ApplyAsync(new { itemCode = "430800-XK-0002", forCompany = code })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await lisi.PostJsonAsync($"/api/v1/companies/{code}/agents/{grant.Id}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, forCompany = code })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await citizen.GetAsync($"/api/v1/cases/{number}")).StatusCode);
        var list = await (await (await app.ClientAsync("enterprise")).GetAsync($"/api/v1/companies/{code}/agents")).ReadAsync<List<AgentGrantView>>();
        Assert.NotNull(Assert.Single(list, g => g.Id == grant.Id).RevokedAt);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == "account:enterprise" && (a.Action == AgentGrantsHandler.GrantAction || a.Action == AgentGrantsHandler.RevokeAction)).Select(a => a.Action).ToListAsync());
        Assert.Contains(AgentGrantsHandler.GrantAction, audited);
        Assert.Contains(AgentGrantsHandler.RevokeAction, audited);
    }

    [Fact]
    public async Task A_company_account_is_bound_by_the_electronic_business_licence_only_when_its_representative_is_the_registers()
    {
        var inn = DemoData.WithCreditCheck("91430811MA4L00022"); // 赵磊's 客栈
        var created = await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts", new
        {
            kind = "LegalPerson", userName = "inn", password = DemoData.Password, name = "张家界武陵源山水客栈有限公司", creditCode = inn,
            legalRepresentative = "赵磊", idNumber = DemoData.WithCheckDigit("43081119880321003"), phone = "13874402233",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var company = await app.ClientAsync("inn");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "inn").Select(u => u.Id).SingleAsync());
        var simulator = app.Services.GetRequiredService<SimulatedBusinessLicenceProvider>();
        // A licence held by someone else is refused.
        await company.GetAsync("/account/business-licence/return?ticket=" + Uri.EscapeDataString(simulator.Issue(id, inn, "赵磊", WangId)));
        Assert.Equal(AssuranceLevel.L1, (await (await company.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>()).Level);
        // A forged ticket too.
        await company.GetAsync("/account/business-licence/return?ticket=forged");
        Assert.Equal(AssuranceLevel.L1, (await (await company.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>()).Level);
        await company.GetAsync("/account/business-licence/return?ticket=" + Uri.EscapeDataString(simulator.Issue(id, inn, "赵磊", DemoData.WithCheckDigit("43081119880321003"))));
        var level = await (await company.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>();
        Assert.Equal(AssuranceLevel.L3, level.Level);
        Assert.Contains("电子营业执照", level.AssuredBy);
    }
}
