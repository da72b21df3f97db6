using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Assist;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Tests.Features.Cases.Assist;

/// <summary>帮办代办 consent, tried as a clerk who wants to act for someone who never asked.</summary>
public class AssistConsentTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Item = "430800-QR-0011", CitizenPhone = "13807441234";

    private static object Apply(string? consentCode = null, bool idCardSeen = false, string onBehalfOf = "citizen") =>
        new { itemCode = Item, onBehalfOf, authorization = "随便写的授权", consentCode, idCardSeen };

    private Task<int> CasesOfCitizenAsync() => app.WithDbAsync(db => db.Cases.CountAsync(c => c.ApplicantName == "张三"));

    private Task<List<string>> AuditAsync(string action) =>
        app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == action && a.Subject == "account:citizen").Select(a => a.Actor).ToListAsync());

    [Fact]
    public async Task Any_authorization_text_alone_gets_the_clerk_nothing()
    {
        var clerk = await app.ClientAsync("clerk");
        var before = await CasesOfCitizenAsync();
        var p = await Problem.ReadAsync(await clerk.ApplyAsync(Apply()), HttpStatusCode.BadRequest);
        Assert.Contains("consentCode", p.Errors.Keys);
        Assert.Contains("身份证原件", p.Errors["consentCode"][0]);
        // A guessed code is refused, and the attempt is in the person's log.
        var refusedBefore = (await AuditAsync(AccountUses.AssistRefused)).Count;
        p = await Problem.ReadAsync(await clerk.ApplyAsync(Apply(consentCode: "123456")), HttpStatusCode.BadRequest);
        Assert.Contains("consentCode", p.Errors.Keys);
        Assert.Equal(refusedBefore + 1, (await AuditAsync(AccountUses.AssistRefused)).Count);
        Assert.Equal(before, await CasesOfCitizenAsync());
        // Other staff cannot act on anyone's behalf at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("approver")).ApplyAsync(Apply(idCardSeen: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("approver")).PostJsonAsync("/api/v1/cases/assist/consent-code", new { onBehalfOf = "citizen" })).StatusCode);
    }

    [Fact]
    public async Task The_code_sent_to_the_persons_proven_phone_is_their_consent_once_and_the_lookup_is_in_their_data_use_log()
    {
        var clerk = await app.ClientAsync("clerk");
        var sent = await (await clerk.PostJsonAsync("/api/v1/cases/assist/consent-code", new { onBehalfOf = DemoData.CitizenIdNumber })).ReadAsync<ConsentCodeSentView>();
        Assert.Equal("138****1234", sent.SentTo); // the clerk never sees the number
        var code = app.SmsCode(CitizenPhone);
        var created = await clerk.ApplyAsync(Apply(consentCode: code));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.ReadAsync<CaseSummary>()).Number;
        // Used up: the same code does not open a second case.
        Assert.Contains("consentCode", (await Problem.ReadAsync(await clerk.ApplyAsync(Apply(consentCode: code)), HttpStatusCode.BadRequest)).Errors.Keys);

        var uses = await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/licences/mine/uses")).ReadAsync<List<DataUse>>();
        var lookup = Assert.Single(uses, u => u.What == AccountUses.Labels[AccountUses.AssistLookup] && u.Detail!.Contains("申请人手机验证码"));
        Assert.Equal("clerk", lookup.By);
        Assert.Contains("随便写的授权", lookup.Detail);
        Assert.Contains(uses, u => u.What == AccountUses.Labels[AccountUses.AssistConsentCode]);
        Assert.Contains("帮办代办", await (await app.ClientAsync("citizen")).GetStringAsync("/wallet"));
        Assert.NotNull(number);
    }

    [Fact]
    public async Task The_id_card_seen_at_the_window_is_consent_and_a_person_without_a_proven_phone_gets_no_code()
    {
        var clerk = await app.ClientAsync("clerk");
        Assert.Equal(HttpStatusCode.Created, (await clerk.ApplyAsync(Apply(idCardSeen: true))).StatusCode);
        Assert.Contains("clerk", await AuditAsync(AccountUses.AssistLookup));

        var created = await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts",
            new { kind = "NaturalPerson", userName = "unproven", password = DemoData.Password, name = "陈静", idNumber = DemoData.WithCheckDigit("43082219870930005"), phone = "18974404455" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var p = await Problem.ReadAsync(await clerk.PostJsonAsync("/api/v1/cases/assist/consent-code", new { onBehalfOf = "unproven" }), HttpStatusCode.BadRequest);
        Assert.Contains("身份证原件", p.Errors["onBehalfOf"][0]);
        // Registering a new person at the window needs the card too.
        p = await Problem.ReadAsync(await clerk.PostJsonAsync("/api/v1/cases",
            new { itemCode = Item, authorization = "本人到场", newApplicant = new { name = "钱七", idNumber = DemoData.WithCheckDigit("43080219660606123"), phone = "13900006666" } }), HttpStatusCode.BadRequest);
        Assert.Contains("idCardSeen", p.Errors.Keys);
    }
}
