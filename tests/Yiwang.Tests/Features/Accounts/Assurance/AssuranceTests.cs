using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Accounts.Assurance;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Tests.Features.Accounts.Assurance;

/// <summary>身份认证等级, tried as an imposter would: someone who knows another person's name and ID number.</summary>
public class AssuranceTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Item = "430800-QR-0011";

    private async Task<HttpClient> RegisterAsync(string user, string name, string id17, string phone)
    {
        var created = await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts",
            new { kind = "NaturalPerson", userName = user, password = DemoData.Password, name, idNumber = DemoData.WithCheckDigit(id17), phone });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await app.ClientAsync(user);
    }

    private static async Task<AssuranceView> LevelAsync(HttpClient client) => await (await client.GetAsync("/api/v1/accounts/me/assurance")).ReadAsync<AssuranceView>();

    [Fact]
    public async Task A_self_declared_account_keeps_drafts_only_and_an_sms_code_with_a_population_match_makes_it_L2()
    {
        // 刘洋 is in the 人口库; an account registered with his name and ID number starts at L1.
        var liu = await RegisterAsync("liuyang", "刘洋", "43082119950102004", "15874403344");
        Assert.Equal(AssuranceLevel.L1, (await LevelAsync(liu)).Level);
        Assert.Equal(HttpStatusCode.Created, (await liu.ApplyAsync(new { itemCode = Item, submit = false })).StatusCode);
        var refused = await Problem.ReadAsync(await liu.ApplyAsync(new { itemCode = Item }), HttpStatusCode.Forbidden);
        Assert.Contains("L2", refused.Detail ?? refused.Title);

        Assert.Equal(HttpStatusCode.OK, (await liu.PostJsonAsync("/api/v1/accounts/me/phone-code", new { })).StatusCode);
        // A second code within the minute is refused; a wrong code counts a try and proves nothing.
        await Problem.ReadAsync(await liu.PostJsonAsync("/api/v1/accounts/me/phone-code", new { }), HttpStatusCode.BadRequest);
        var wrong = await Problem.ReadAsync(await liu.PostJsonAsync("/api/v1/accounts/me/phone", new { code = "000000" == app.SmsCode("15874403344") ? "111111" : "000000" }), HttpStatusCode.BadRequest);
        Assert.Contains("code", wrong.Errors.Keys);
        var l2 = await (await liu.PostJsonAsync("/api/v1/accounts/me/phone", new { code = app.SmsCode("15874403344") })).ReadAsync<AssuranceView>();
        Assert.Equal((AssuranceLevel.L2, true), (l2.Level, l2.PhoneProven));
        // The match was a 人口库 read, on record under the account, naming no field's value.
        var check = await app.WithDbAsync(db => db.DataAccesses.Where(a => a.Library == BaseLibrary.Population && a.Accessor == "liuyang").SingleAsync());
        Assert.Equal(AccessResult.Granted, check.Result);
        // L2 applies for an ordinary item; the 告知承诺 and 免证办 need L3.
        Assert.Equal(HttpStatusCode.Created, (await liu.ApplyAsync(new { itemCode = Item })).StatusCode);
        var promise = await Problem.ReadAsync(await liu.ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { "经营场所使用证明" } }), HttpStatusCode.Forbidden);
        Assert.Contains("L3", promise.Detail ?? promise.Title);
        Assert.Equal(HttpStatusCode.Forbidden, (await liu.ApplyAsync(new { itemCode = Item, useLicences = true })).StatusCode);
    }

    [Fact]
    public async Task An_item_that_moves_money_or_property_demands_L3_of_an_L2_applicant()
    {
        var wu = await RegisterAsync("wujun-l2", "吴军", "43081119830725007", "13607446677");
        await wu.PostJsonAsync("/api/v1/accounts/me/phone-code", new { });
        Assert.Equal(AssuranceLevel.L2, (await (await wu.PostJsonAsync("/api/v1/accounts/me/phone", new { code = app.SmsCode("13607446677") })).ReadAsync<AssuranceView>()).Level);
        var transfer = await app.WithDbAsync(async db => (await Yiwang.Web.Features.Catalog.CurrentVersions.Of(db).Select(c => new { c.Item.Code, c.Version.Guide }).ToListAsync())
            .Where(c => c.Guide.Name == "住房公积金提取").Select(c => c.Code).Order(StringComparer.Ordinal).First());
        Assert.Contains("须 L3 实人认证", await wu.GetStringAsync($"/items/{transfer}"));
        Assert.Contains("assurance-needed", await wu.GetStringAsync($"/apply/{transfer}"));
        // A draft is allowed; submitting is refused, with the way to L3.
        Assert.Equal(HttpStatusCode.Created, (await wu.ApplyAsync(new { itemCode = transfer, submit = false })).StatusCode);
        var refused = await Problem.ReadAsync(await wu.ApplyAsync(new { itemCode = transfer }), HttpStatusCode.Forbidden);
        Assert.Contains("L3", refused.Detail ?? refused.Title);
        // The same person proven at a window applies; an ordinary item never asked for more than L2.
        await (await app.ClientAsync("clerk")).PostJsonAsync("/api/v1/identity-checks", new { name = "吴军", idNumber = DemoData.WithCheckDigit("43081119830725007"), cardSeen = true });
        var proven = await app.ClientAsync("wujun-l2");
        Assert.NotEqual(HttpStatusCode.Forbidden, (await proven.ApplyAsync(new { itemCode = transfer })).StatusCode);
        Assert.DoesNotContain("assurance-needed", await proven.GetStringAsync($"/apply/{transfer}"));
    }

    [Fact]
    public async Task A_name_the_population_library_does_not_hold_stays_L1_and_is_sent_to_a_window()
    {
        var fake = await RegisterAsync("fake-zhou", "周小敏", "43080219780411006", "13707440099");
        await fake.PostJsonAsync("/api/v1/accounts/me/phone-code", new { });
        var p = await Problem.ReadAsync(await fake.PostJsonAsync("/api/v1/accounts/me/phone", new { code = app.SmsCode("13707440099") }), HttpStatusCode.BadRequest);
        Assert.Contains("窗口", p.Errors["idNumber"][0]);
        var level = await LevelAsync(fake);
        Assert.Equal((AssuranceLevel.L1, true), (level.Level, level.PhoneProven));
    }

    [Fact]
    public async Task The_identity_provider_raises_to_L3_only_for_the_identity_it_proved()
    {
        var zhao = await RegisterAsync("zhaolei", "赵磊", "43081119880321003", "13874402233");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "zhaolei").Select(u => u.Id).SingleAsync());
        var provider = app.Services.GetRequiredService<SimulatedIdentityProvider>();

        // The provider proved somebody else's face (the imposter's own): no L3.
        var other = await zhao.GetAsync("/account/assurance/return?ticket=" + Uri.EscapeDataString(provider.Issue(id, "钱多多", DemoData.WithCheckDigit("43080219900101001"))));
        Assert.Equal("/account?proven=failed", other.Headers.Location?.OriginalString);
        // A forged ticket, or one issued for another account, is nothing.
        Assert.Equal("/account?proven=failed", (await zhao.GetAsync("/account/assurance/return?ticket=forged")).Headers.Location?.OriginalString);
        Assert.Equal("/account?proven=failed", (await zhao.GetAsync("/account/assurance/return?ticket=" + Uri.EscapeDataString(provider.Issue(Guid.NewGuid(), "赵磊", DemoData.WithCheckDigit("43081119880321003")))))
            .Headers.Location?.OriginalString);
        Assert.Equal(AssuranceLevel.L1, (await LevelAsync(zhao)).Level);

        var ok = await zhao.GetAsync("/account/assurance/return?ticket=" + Uri.EscapeDataString(provider.Issue(id, "赵磊", DemoData.WithCheckDigit("43081119880321003"))));
        Assert.Equal("/account?proven=provider", ok.Headers.Location?.OriginalString);
        var l3 = await LevelAsync(zhao);
        Assert.Equal(AssuranceLevel.L3, l3.Level);
        Assert.Equal("统一身份认证（模拟）", l3.AssuredBy);
    }

    [Fact]
    public async Task Only_a_window_clerk_with_the_card_in_hand_and_the_same_name_makes_an_account_L3_and_it_is_audited()
    {
        var chen = await RegisterAsync("chenjing", "陈静", "43082219870930005", "18974404455");
        var id = DemoData.WithCheckDigit("43082219870930005");
        Assert.Equal(HttpStatusCode.Forbidden, (await chen.PostJsonAsync("/api/v1/identity-checks", new { name = "陈静", idNumber = id, cardSeen = true })).StatusCode);
        var clerk = await app.ClientAsync("clerk");
        Assert.Contains("cardSeen", (await Problem.ReadAsync(await clerk.PostJsonAsync("/api/v1/identity-checks", new { name = "陈静", idNumber = id, cardSeen = false }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostJsonAsync("/api/v1/identity-checks", new { name = "陈晶", idNumber = id, cardSeen = true })).StatusCode);
        Assert.Equal(AssuranceLevel.L1, (await LevelAsync(chen)).Level);

        var l3 = await (await clerk.PostJsonAsync("/api/v1/identity-checks", new { name = "陈静", idNumber = id, cardSeen = true })).ReadAsync<AssuranceView>();
        Assert.Equal(AssuranceLevel.L3, l3.Level);
        Assert.Equal("4308**********" + id[^4..], l3.IdNumber);
        // Her own session sees the new level at once, and the clerk's act is on the audit log.
        Assert.Equal(AssuranceLevel.L3, (await LevelAsync(chen)).Level);
        Assert.Contains("clerk", (await LevelAsync(chen)).AssuredBy);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.assurance.window" && a.Actor == "clerk" && a.Subject == "account:chenjing")));
    }
}
