using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;
using Yiwang.Web.Features.Cases.Workbench;

namespace Yiwang.Tests.Features.Cases;

/// <summary>Apply online → window acceptance → back-office approval → delivery, through the API.</summary>
public class CaseFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string FoodLicence = "430800-XK-0005"; // 食品经营许可, 市市场监管局, promised 6 days
    private const string Individual = "430800-XK-0001"; // 个体工商户设立登记, 即办

    private static Task<HttpResponseMessage> Act(HttpClient c, string number, string action, object body) =>
        c.PostJsonAsync($"/api/v1/cases/{number}/{action}", body);

    private async Task<CaseSummary> Apply(HttpClient citizen, string item)
    {
        var r = await citizen.ApplyAsync(new { itemCode = item });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return await r.ReadAsync<CaseSummary>();
    }

    [Fact]
    public async Task Whole_flow_from_online_application_to_closing()
    {
        var citizen = await app.ClientAsync("enterprise");
        var clerk = await app.ClientAsync("clerk");
        var approver = await app.ClientAsync("approver");
        var applied = await Apply(citizen, FoodLicence);
        Assert.Matches(@"^ZJ-\d{8}-\d{6}$", applied.Number);
        Assert.Equal(CaseStatus.Submitted, applied.Status);

        var accepted = await (await Act(clerk, applied.Number, "accept", new { concurrency = applied.Concurrency })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.InProgress, accepted.Status);
        Assert.Equal("审查", accepted.Step);
        Assert.NotNull(accepted.Due);

        var queues = await (await approver.GetAsync("/api/v1/workbench")).ReadAsync<List<Queue>>();
        Assert.Contains(queues.Single(q => q.Name == "待审查").Cases, e => e.Number == applied.Number);

        var passed = await (await Act(approver, applied.Number, "pass", new { concurrency = accepted.Concurrency, opinion = "材料齐全" })).ReadAsync<CaseSummary>();
        var decided = await (await Act(approver, applied.Number, "decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "符合许可条件" })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Decided, decided.Status);
        var closed = await (await Act(clerk, applied.Number, "deliver", new { concurrency = decided.Concurrency, method = "Post", trackingNumber = "SF1234567890" })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Closed, closed.Status);

        var view = await (await citizen.GetAsync($"/api/v1/cases/{applied.Number}")).ReadAsync<CaseView>();
        Assert.Equal("办结", view.StatusName);
        Assert.Equal([CaseAction.Submit, CaseAction.Accept, CaseAction.Pass, CaseAction.Decide, CaseAction.Deliver], view.Timeline.Select(t => t.Action));
        Assert.Equal(0, view.Trips); // online, by post: 零跑动
        Assert.NotNull(view.Deadline);
        Assert.Contains("承诺时限 6 个工作日", view.Deadline!.Rule);
        var mine = await (await citizen.GetAsync("/api/v1/cases/mine")).ReadAsync<List<CaseSummary>>();
        Assert.Contains(mine, m => m.Number == applied.Number);

        // The applicant was told at acceptance, decision and delivery.
        var messages = await (await citizen.GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.Equal(["已办结", "审批通过", "办件已受理"], messages.Where(m => m.CaseNumber == applied.Number).Select(m => m.Title));
        Assert.Contains("SF1234567890", messages.First(m => m.CaseNumber == applied.Number).Body);
        var other = await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.DoesNotContain(other, m => m.CaseNumber == applied.Number);
    }

    [Fact]
    public async Task Supplement_round_trip_then_acceptance()
    {
        var citizen = await app.ClientAsync("enterprise");
        var clerk = await app.ClientAsync("clerk");
        var applied = await Apply(citizen, FoodLicence);
        var notice = await (await Act(clerk, applied.Number, "request-supplement", new { missing = new[] { "食品安全管理制度文本", "设备布局图" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.AwaitingSupplement, notice.Status);
        Assert.Null(notice.Due); // the clock has not started
        await Problem.ReadAsync(await Act(clerk, applied.Number, "accept", new { }), HttpStatusCode.Conflict); // not before the supplement
        // Each item of the notice is a slot: 重新提交 is refused, naming every empty one (a file given with the application does not fill it).
        var empty = await Problem.ReadAsync(await Act(citizen, applied.Number, "resubmit", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(new[] { "materials[食品安全管理制度文本]", "materials[设备布局图]" }.Order(StringComparer.Ordinal), empty.Errors.Keys.Order(StringComparer.Ordinal));
        await Applications.UploadAsync(citizen, applied.Number, "食品安全管理制度文本", "制度（修订）.pdf");
        var one = await Problem.ReadAsync(await Act(citizen, applied.Number, "resubmit", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["materials[设备布局图]"], one.Errors.Keys);
        // A free item of the notice is a slot of its own; a name on neither list is refused.
        var stray = await Problem.ReadAsync(await citizen.PostAsync($"/api/v1/cases/{applied.Number}/materials", Applications.UploadForm("随便什么")), HttpStatusCode.BadRequest);
        Assert.Contains("materialName", stray.Errors.Keys);
        await Applications.UploadAsync(citizen, applied.Number, "设备布局图", "布局图.pdf");
        var back = await (await Act(citizen, applied.Number, "resubmit", new { })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, back.Status);
        // The window's second look: the slots and the files given for them.
        var second = await (await clerk.GetAsync($"/api/v1/cases/{applied.Number}")).ReadAsync<CaseView>();
        Assert.Equal(["食品安全管理制度文本", "设备布局图"], second.MissingMaterials);
        Assert.Equal("补正后重新提交：已补正食品安全管理制度文本、设备布局图", second.Timeline[^1].Detail);
        var files = await (await clerk.GetAsync($"/api/v1/cases/{applied.Number}/materials")).ReadAsync<List<Yiwang.Web.Features.Cases.Materials.MaterialView>>();
        Assert.Equal(["制度（修订）.pdf", "布局图.pdf"], files.Where(f => f.SupplementRound == 1).Select(f => f.FileName));
        var accepted = await (await Act(clerk, applied.Number, "accept", new { })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.InProgress, accepted.Status);
        Assert.Empty((await (await clerk.GetAsync($"/api/v1/cases/{applied.Number}")).ReadAsync<CaseView>()).MissingMaterials);
    }

    [Fact]
    public async Task Immediate_item_is_done_in_one_visit_at_the_window()
    {
        var clerk = await app.ClientAsync("clerk");
        var chief = await app.ClientAsync("chief");
        var applied = await (await clerk.ApplyAsync(new { itemCode = Individual, onBehalfOf = "citizen", idCardSeen = true, authorization = "授权委托书 2026-118" })).ReadAsync<CaseSummary>();
        await (await Act(clerk, applied.Number, "accept", new { applicantPresent = true })).ReadAsync<CaseSummary>();
        await (await Act(chief, applied.Number, "decide", new { decision = "Grant", reason = "当场登记" })).ReadAsync<CaseSummary>();
        await (await Act(clerk, applied.Number, "deliver", new { method = "WindowPickup" })).ReadAsync<CaseSummary>();
        var view = await (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/cases/{applied.Number}")).ReadAsync<CaseView>();
        Assert.Equal(CaseStatus.Closed, view.Status);
        Assert.Equal(1, view.Trips);
        Assert.Equal(view.AcceptedOn, view.Due); // 即办: due the same day
        Assert.Contains("授权委托书 2026-118", view.Timeline[0].Detail);
        Assert.Equal(CaseChannel.Window, view.Channel);
    }

    [Fact]
    public async Task A_citizen_cannot_read_another_citizens_case_and_departments_stay_in_their_lane()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var applied = await Apply(enterprise, FoodLicence);
        var citizen = await app.ClientAsync("citizen");
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/cases/{applied.Number}")).StatusCode);
        await Problem.ReadAsync(await Act(citizen, applied.Number, "withdraw", new { reason = "x" }), HttpStatusCode.NotFound);

        var clerk = await app.ClientAsync("clerk");
        await (await Act(clerk, applied.Number, "accept", new { })).ReadAsync<CaseSummary>();
        var police = await app.ClientAsync("ga-admin"); // another department's admin: cannot even see it
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cases/{applied.Number}")).StatusCode);
        var sameDeptAdmin = await app.ClientAsync("scjg-admin"); // may read, may not approve
        Assert.Equal(HttpStatusCode.OK, (await sameDeptAdmin.GetAsync($"/api/v1/cases/{applied.Number}")).StatusCode);
        await Problem.ReadAsync(await Act(sameDeptAdmin, applied.Number, "pass", new { }), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await Act(clerk, applied.Number, "pass", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_clerks_acting_at_once_get_one_success_and_one_conflict()
    {
        var applied = await Apply(await app.ClientAsync("enterprise"), FoodLicence);
        var a = await app.ClientAsync("clerk");
        var b = await app.ClientAsync("clerk");
        var results = await Task.WhenAll(
            Act(a, applied.Number, "accept", new { concurrency = applied.Concurrency }),
            Act(b, applied.Number, "refuse", new { concurrency = applied.Concurrency, reason = "不属于本机关职权" }));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        var conflict = await Problem.ReadAsync(results.Single(r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict);
        Assert.Contains("已被他人处理", conflict.Detail);
    }

    [Fact]
    public async Task Forbidden_transition_is_a_conflict_with_the_reason_and_bad_input_is_400()
    {
        var applied = await Apply(await app.ClientAsync("enterprise"), FoodLicence);
        var clerk = await app.ClientAsync("clerk");
        var p = await Problem.ReadAsync(await Act(clerk, applied.Number, "deliver", new { method = "WindowPickup" }), HttpStatusCode.Conflict);
        Assert.Equal("办件当前为“待受理”，不能出件办结", p.Detail);
        await Problem.ReadAsync(await Act(clerk, applied.Number, "deliver", new { method = "Pigeon" }), HttpStatusCode.BadRequest);
        var missing = await Problem.ReadAsync(await (await app.ClientAsync("citizen")).ApplyAsync(new { itemCode = "NOPE" }), HttpStatusCode.BadRequest);
        Assert.Contains("itemCode", missing.Errors.Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync()).ApplyAsync(new { itemCode = FoodLicence })).StatusCode);
    }

    [Fact]
    public async Task Anyone_with_number_and_name_sees_progress_with_the_name_masked()
    {
        var applied = await Apply(await app.ClientAsync("citizen"), "430800-QR-0009");
        var anon = await app.ClientAsync();
        var progress = await (await anon.GetAsync($"/api/v1/progress?number={applied.Number}&name=张三")).ReadAsync<ProgressView>();
        Assert.Equal("张*", progress.ApplicantName);
        Assert.Equal("待受理", progress.StatusName);
        await Problem.ReadAsync(await anon.GetAsync($"/api/v1/progress?number={applied.Number}&name=李四"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await anon.GetAsync("/api/v1/progress?number=&name=张三"), HttpStatusCode.BadRequest);
        // An organisation's name is public: never masked.
        var company = await Apply(await app.ClientAsync("enterprise"), FoodLicence);
        var its = await (await anon.GetAsync($"/api/v1/progress?number={company.Number}&name=张家界天门山旅游服务有限公司")).ReadAsync<ProgressView>();
        Assert.Equal("张家界天门山旅游服务有限公司", its.ApplicantName);
    }

    [Theory]
    [InlineData(0.38636364, "38,636/10万件")]
    [InlineData(0.000012, "1.2/10万件")]
    [InlineData(0.25, "25.0%", "%")]
    public void Rates_print_as_rates(double value, string shown, string unit = "/10万件") =>
        Assert.Equal(shown, Yiwang.Web.Features.Indicators.IndicatorsFeature.Shown(value, unit));

    [Fact]
    public async Task Loading_next_years_calendar_recomputes_open_deadlines_logs_it_on_the_case_and_tells_the_applicant()
    {
        var c = await app.WithDbAsync(async db =>
        {
            var item = await db.ServiceItems.Include(i => i.Versions).SingleAsync(i => i.Code == FoodLicence);
            var citizen = await db.Users.Where(u => u.UserName == "citizen").Select(u => u.Id).SingleAsync();
            var @case = Case.Open("ZJ-TEST-000001", item, item.Current!, citizen, "张三", CaseChannel.Window, YiwangFactory.FixedNow);
            var received = new DateTimeOffset(2027, 1, 28, 2, 0, 0, TimeSpan.Zero); // 10:00 Beijing time
            @case.Submit(new Actor("clerk", received));
            var calendar = app.Services.GetRequiredService<Yiwang.Web.Features.Calendar.WorkingDayCalendar>();
            @case.Accept(new Actor("clerk", received), new DateOnly(2027, 1, 28), calendar.Schedule);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return @case;
        });
        // No notice for 2027 yet: 除夕 and 初一–初三 (02-05..02-08) are the statutory holidays; 6 working days end 02-09.
        Assert.True(c.DueProvisional);
        Assert.Equal(new DateOnly(2027, 2, 9), c.Due);
        var admin = await app.ClientAsync("admin");
        var body = new
        {
            notice = "国务院办公厅关于2027年部分节假日安排的通知",
            holidays = new[] { new { name = "春节", start = "2027-02-05", end = "2027-02-12" } },
            adjustedWorkingDays = new[] { new { date = "2027-02-14", @for = "春节" } },
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync("/api/v1/calendar/years/2027", body)).StatusCode);
        var after = await app.WithDbAsync(db => db.Cases.Include(x => x.Events).SingleAsync(x => x.Number == "ZJ-TEST-000001"));
        Assert.False(after.DueProvisional);
        Assert.Equal(new DateOnly(2027, 2, 14), after.Due); // 01-29, 02-01..02-04, then the 调休 Sunday 02-14
        Assert.Equal(CaseAction.RecomputeDue, after.Events.OrderBy(e => e.Sequence).Last().Action);
        var told = await app.WithDbAsync(db => db.Messages.Where(m => m.CaseNumber == "ZJ-TEST-000001" && m.Title == "办结期限调整").Select(m => m.Body).SingleAsync());
        Assert.Contains("由 2027-02-09 调整为 2027-02-14", told);
    }
}

/// <summary>Who may decide: the owning department's approvers; a 首席审批员 at the window only for flagged items.</summary>
public class DecisionRightsTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<string> AcceptedAsync(string item)
    {
        var clerk = await app.ClientAsync("clerk");
        var c = await (await clerk.ApplyAsync(new { itemCode = item, onBehalfOf = "citizen", idCardSeen = true, authorization = "本人到场" })).ReadAsync<CaseSummary>();
        await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { applicantPresent = true })).ReadAsync<CaseSummary>();
        return c.Number;
    }

    [Fact]
    public async Task A_window_clerk_never_decides()
    {
        var number = await AcceptedAsync("430800-XK-0001");
        await Problem.ReadAsync(await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{number}/decide", new { decision = "Grant", reason = "x" }), System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_chief_approver_decides_at_the_window_only_for_flagged_items()
    {
        var chief = await app.ClientAsync("chief"); // 市市场监管局, at the city hall
        var licence = await AcceptedAsync("430800-XK-0013"); // 机动车驾驶证换证 (市公安局): 即办 licensing, flagged
        Assert.Equal(CaseStatus.Decided, (await (await chief.PostJsonAsync($"/api/v1/cases/{licence}/decide", new { decision = "Grant", reason = "当场换证" })).ReadAsync<CaseSummary>()).Status);
        var birth = await AcceptedAsync("430800-QR-0011"); // 出生登记 (市公安局): not flagged
        await Problem.ReadAsync(await chief.PostJsonAsync($"/api/v1/cases/{birth}/decide", new { decision = "Grant", reason = "x" }), System.Net.HttpStatusCode.Forbidden);
    }
}

public class RecallApiTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Approver_recalls_own_pass_but_not_anothers()
    {
        var c = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>();
        await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { })).ReadAsync<CaseSummary>();
        var approver = await app.ClientAsync("approver");
        await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/pass", new { })).ReadAsync<CaseSummary>();
        var chief = await app.ClientAsync("chief"); // same department, but not the one who passed
        await Problem.ReadAsync(await chief.PostJsonAsync($"/api/v1/cases/{c.Number}/recall", new { }), System.Net.HttpStatusCode.Conflict);
        var back = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/recall", new { })).ReadAsync<CaseSummary>();
        Assert.Equal("审查", back.Step);
    }
}

public class WindowApplicantTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Clerk_finds_the_applicant_by_id_number_or_registers_a_new_one()
    {
        var clerk = await app.ClientAsync("clerk");
        var byId = await (await clerk.ApplyAsync(new { itemCode = "430800-QR-0011", onBehalfOf = Yiwang.Web.Data.Seed.DemoData.CitizenIdNumber, idCardSeen = true, authorization = "本人到场" })).ReadAsync<CaseSummary>();
        var view = await (await clerk.GetAsync($"/api/v1/cases/{byId.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        Assert.Equal("张三", view.ApplicantName);

        var unknown = await Problem.ReadAsync(await clerk.ApplyAsync(new { itemCode = "430800-QR-0011", onBehalfOf = Yiwang.Web.Data.Seed.DemoData.WithCheckDigit("43082219700505123"), idCardSeen = true, authorization = "本人到场" }), System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("onBehalfOf", unknown.Errors.Keys);
        var badNew = await Problem.ReadAsync(await clerk.ApplyAsync(new { itemCode = "430800-QR-0011", idCardSeen = true, authorization = "本人到场", newApplicant = new { name = "赵六", idNumber = "430822197005051230", phone = "13900000000" } }), System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("newApplicant.idNumber", badNew.Errors.Keys);

        var id = Yiwang.Web.Data.Seed.DemoData.WithCheckDigit("43082219700505123");
        var registered = await (await clerk.ApplyAsync(new { itemCode = "430800-QR-0011", idCardSeen = true, authorization = "本人到场", newApplicant = new { name = "赵六", idNumber = id, phone = "13900000000" } })).ReadAsync<CaseSummary>();
        var regView = await (await clerk.GetAsync($"/api/v1/cases/{registered.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        Assert.Equal("赵六", regView.ApplicantName);
        // Found by ID number next time, through the blind index.
        var again = await (await clerk.ApplyAsync(new { itemCode = "430800-QR-0011", onBehalfOf = id, idCardSeen = true, authorization = "本人到场" })).ReadAsync<CaseSummary>();
        Assert.Equal("赵六", (await (await clerk.GetAsync($"/api/v1/cases/{again.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>()).ApplicantName);
    }
}
