using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;
using Yiwang.Web.Features.Commitments;
using Yiwang.Web.Features.Commitments.PostCheck;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.Licences;

namespace Yiwang.Tests.Features.Commitments;

/// <summary>告知承诺制: a signed promise replaces a material, the grant opens a 事后核查, a false promise goes to the 信用库 and revokes the grant.</summary>
public class CommitmentTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Premises = "经营场所使用证明";

    [Fact]
    public async Task A_false_commitment_found_at_the_post_check_is_recorded_and_revokes_the_grant()
    {
        var enterprise = await app.ClientAsync("enterprise");
        // Only materials the item marks as replaceable by commitment.
        var wrong = await Problem.ReadAsync(await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { "食品安全管理制度文本" } }), HttpStatusCode.BadRequest);
        Assert.Contains("commitments[0]", wrong.Errors.Keys);

        var c = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { Premises } })).ReadAsync<CaseSummary>();
        var clerk = await app.ClientAsync("clerk");
        var letter = Assert.Single(await (await clerk.GetAsync($"/api/v1/cases/{c.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.Trust == MaterialTrust.D);
        Assert.Equal((Premises, MaterialTrust.D), (letter.MaterialName, letter.Trust));
        var pdf = await clerk.GetAsync($"/api/v1/cases/{c.Number}/materials/{letter.Id}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Contains("D级", await clerk.GetStringAsync($"/cases/{c.Number}"));
        Assert.Equal(PostCheckStatus.AwaitingDecision, await StatusAsync(c.Number));

        // Decided on the promise: the department owes a check within 20 working days.
        var accepted = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency })).ReadAsync<CaseSummary>();
        var approver = await app.ClientAsync("approver");
        var passed = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/pass", new { concurrency = accepted.Concurrency })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.OK, (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "依告知承诺准予许可" })).StatusCode);
        var task = Assert.Single(await (await approver.GetAsync("/api/v1/post-checks")).ReadAsync<List<PostCheckView>>(), t => t.CaseNumber == c.Number);
        Assert.Equal(("待核查", false), (task.Status, task.Overdue));
        Assert.True(task.CheckDue > Yiwang.Tests.Infrastructure.YiwangFactory.FixedToday.AddDays(20));
        // Another department does not see it, nor can it check it.
        Assert.DoesNotContain(await (await (await app.ClientAsync("xf-approver")).GetAsync("/api/v1/post-checks")).ReadAsync<List<PostCheckView>>(), t => t.CaseNumber == c.Number);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("xf-approver")).PostJsonAsync($"/api/v1/post-checks/{task.Id}", new { truthful = false, finding = "现场核查无此场所" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/post-checks")).StatusCode);
        var missing = await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/post-checks/{task.Id}", new { finding = "" }), HttpStatusCode.BadRequest);
        Assert.Equal(["finding", "truthful"], missing.Errors.Keys.Order(StringComparer.Ordinal));

        var licence = await app.WithDbAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.CaseNumber == c.Number));
        var done = await (await approver.PostJsonAsync($"/api/v1/post-checks/{task.Id}", new { truthful = false, finding = "现场核查经营场所为住宅，与承诺不符", revokeGrant = true })).ReadAsync<PostCheckView>();
        Assert.Equal(("承诺不实", true), (done.Status, done.GrantRevoked));
        Assert.Equal(HttpStatusCode.Conflict, (await approver.PostJsonAsync($"/api/v1/post-checks/{task.Id}", new { truthful = true, finding = "再次核查" })).StatusCode);

        // 信用库: a 失信记录 against the enterprise, found by its credit code's keyed hash.
        var credit = await app.WithDbAsync(db => db.CreditRecords.AsNoTracking().Where(r => r.Source == $"事后核查 {c.Number}").SingleAsync());
        Assert.Equal((CreditList.Dishonest, Yiwang.Web.Data.Seed.DemoData.EnterpriseCreditCode, "市市场监管局"), (credit.List, credit.SubjectId, credit.DecidedBy));
        // The grant and its licence are revoked; the timeline and the applicant's inbox say so.
        var verified = await (await (await app.ClientAsync()).GetAsync($"/api/v1/licences/{licence.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.Equal(LicenceStatus.Revoked, verified.Status);
        Assert.True(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.Action == CaseAction.RevokeGrant && db.Cases.Any(x => x.Id == e.CaseId && x.Number == c.Number))));
        Assert.True(await app.WithDbAsync(db => db.Messages.AnyAsync(m => m.CaseNumber == c.Number && m.Title == "审批决定已撤销")));

        // Now on the 失信 list, the enterprise can no longer apply on a promise.
        var barred = await Problem.ReadAsync(await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { Premises } }), HttpStatusCode.BadRequest);
        Assert.Contains("失信记录", barred.Errors["commitments"][0]);
    }

    [Fact]
    public async Task A_denied_case_needs_no_check_and_the_blacklist_bars_commitments()
    {
        var citizen = await app.ClientAsync("citizen");
        var c = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { Premises } })).ReadAsync<CaseSummary>();
        var accepted = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency })).ReadAsync<CaseSummary>();
        var approver = await app.ClientAsync("approver");
        var passed = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/pass", new { concurrency = accepted.Concurrency })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.OK, (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/decide", new { concurrency = passed.Concurrency, decision = "Deny", reason = "不符合条件" })).StatusCode);
        Assert.Equal(PostCheckStatus.Cancelled, await StatusAsync(c.Number));

        // 吴军 has a 失信记录 in the demo 信用库: registering him and applying on a promise is refused.
        var wu = Yiwang.Web.Data.Seed.DemoData.WithCheckDigit("43081119830725007");
        await app.RegisterProvenAsync("wujun", "吴军", wu, "13607446677");
        var p = await Problem.ReadAsync(await (await app.ClientAsync("wujun")).ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { Premises } }),
            HttpStatusCode.BadRequest);
        Assert.Contains("不适用告知承诺制", p.Errors["commitments"][0]);
    }

    private Task<PostCheckStatus> StatusAsync(string number) =>
        app.WithDbAsync(db => db.Commitments.Where(x => x.CaseNumber == number).Select(x => x.Status).SingleAsync());
}
