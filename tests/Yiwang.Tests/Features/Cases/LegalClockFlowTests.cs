using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;
using Yiwang.Web.Features.Supervision;
using Yiwang.Web.Features.Supervision.AcceptanceWatch;
using Yiwang.Web.Features.Supervision.Cards;

namespace Yiwang.Tests.Features.Cases;

/// <summary>What the legal clock does through the API on a moving fake clock (FixedNow: Wednesday 2026-11-25).</summary>
internal static class LegalClock
{
    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static async Task SweepAsync(YiwangFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SupervisionSweep>().RunAsync(default);
    }

    public static async Task<List<CardView>> CardsAsync(YiwangFactory app, string number) =>
        [.. (await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/cards?caseNumber={number}")).ReadAsync<CardList>()).Cards];

    public static async Task<CaseView> ViewAsync(YiwangFactory app, string user, string number) =>
        await (await (await app.ClientAsync(user)).GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();

    /// <summary>The applicant's messages about a case, oldest first.</summary>
    public static Task<List<(string Title, string Body)>> MessagesAsync(YiwangFactory app, string number) =>
        app.WithDbAsync(async db => (await db.Messages.Where(m => m.CaseNumber == number).OrderBy(m => m.Id).Select(m => new { m.Title, m.Body }).ToListAsync())
            .Select(m => (m.Title, m.Body)).ToList());

    public static async Task AssertNoticeAsync(YiwangFactory app, string user, string number, string kind)
    {
        var pdf = await (await app.ClientAsync(user)).GetAsync($"/api/v1/cases/{number}/notices/{kind}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>开办餐饮店一件事, its longest journey, applied for by <paramref name="citizen"/>; answers its number.</summary>
    public static async Task<string> RestaurantBundleAsync(YiwangFactory app, HttpClient citizen)
    {
        var anyone = await app.ClientAsync();
        var guide = await (await anyone.GetAsync("/api/v1/bundles/restaurant-opening")).ReadAsync<Yiwang.Web.Features.Bundles.Plan.BundleGuide>();
        var answers = Yiwang.Tests.Data.FinishableDemoTests.LongestJourney(guide);
        var plan = await (await anyone.PostJsonAsync("/api/v1/bundles/restaurant-opening/plan", new { answers })).ReadAsync<Yiwang.Web.Features.Bundles.Planning.PlanView>();
        var hall = await app.WithDbAsync(db => db.Halls.Where(h => h.Name == "张家界市政务服务中心").Select(h => h.Id).SingleAsync());
        var submitted = await citizen.PostJsonAsync("/api/v1/bundle-cases", new { bundleCode = "restaurant-opening", answers, form = Yiwang.Tests.Data.FinishableDemoTests.Answers(plan.Fields), delivery = "WindowPickup", pickupHallId = hall });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        return (await submitted.ReadAsync<Yiwang.Web.Features.Bundles.Apply.BundleCaseSummary>()).Number;
    }
}

/// <summary>§32: a case left un-accepted past five working days is accepted by law from its receipt; a late 补正 is carded.</summary>
public class AcceptanceByLawFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Left_six_working_days_it_is_accepted_from_receipt_with_a_red_card_and_the_applicant_told()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var left = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        var late = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        Assert.Equal(LegalClock.D(12, 2), (await LegalClock.ViewAsync(app, "enterprise", left.Number)).AcceptBy);

        app.Clock.Advance(TimeSpan.FromDays(6)); // Tuesday 12-01: the fourth working day after receipt
        var watch = await (await (await app.ClientAsync("supervisor")).GetAsync("/api/v1/supervision/acceptance-watch")).ReadAsync<List<AtRiskCase>>();
        var atRisk = Assert.Single(watch, w => w.Number == left.Number);
        Assert.Equal((4, LegalClock.D(11, 25), LegalClock.D(12, 2)), (atRisk.WaitingWorkingDays, atRisk.ReceivedOn, atRisk.LastDay));
        Assert.Contains(await (await (await app.ClientAsync("scjg-admin")).GetAsync("/api/v1/supervision/acceptance-watch")).ReadAsync<List<AtRiskCase>>(), w => w.Number == left.Number);
        Assert.Empty(await (await (await app.ClientAsync("ga-admin")).GetAsync("/api/v1/supervision/acceptance-watch")).ReadAsync<List<AtRiskCase>>());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/supervision/acceptance-watch")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(2)); // Thursday 12-03: the five days ran out on 12-02
        var clerk = await app.ClientAsync("clerk");
        var supplement = await clerk.PostJsonAsync($"/api/v1/cases/{late.Number}/request-supplement", new { concurrency = late.Concurrency, missing = new[] { "经营场所使用证明" } });
        Assert.Equal(HttpStatusCode.OK, supplement.StatusCode);
        await LegalClock.SweepAsync(app);
        await LegalClock.SweepAsync(app); // twice: nothing more

        var accepted = await LegalClock.ViewAsync(app, "enterprise", left.Number);
        Assert.Equal(CaseStatus.InProgress, accepted.Status);
        Assert.True(accepted.AcceptedByLaw);
        Assert.Equal(LegalClock.D(11, 25), accepted.AcceptedOn); // the clock runs from receipt
        Assert.Equal(LegalClock.D(12, 3), accepted.Due); // six working days from 11-25
        Assert.Contains(accepted.Timeline, t => t.Action == CaseAction.AcceptByLaw && t.Detail!.Contains("第三十二条"));
        var red = Assert.Single(await LegalClock.CardsAsync(app, left.Number), k => k.Rule == CardRule.AcceptanceByLaw);
        Assert.Equal(CardLevel.Red, red.Level);
        Assert.Contains(await LegalClock.MessagesAsync(app, left.Number), m => m.Title == "办件依法视为受理" && m.Body.Contains("2026-12-03"));
        await LegalClock.AssertNoticeAsync(app, "enterprise", left.Number, "deemed-acceptance");

        var yellow = Assert.Single(await LegalClock.CardsAsync(app, late.Number));
        Assert.Equal((CardRule.LateAcceptance, CardLevel.Yellow), (yellow.Rule, yellow.Level));
        Assert.Equal(CaseStatus.AwaitingSupplement, (await LegalClock.ViewAsync(app, "enterprise", late.Number)).Status); // the sweep leaves it to the applicant
    }
}

/// <summary>§42: only the department's head extends, within the item's rule, once, before the legal limit; the applicant is told in writing.</summary>
public class ExtensionFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task The_head_extends_the_approver_may_not_and_past_the_legal_limit_nobody_may()
    {
        var c = await DemoCases.AcceptedAsync(app); // 食品经营许可: promised 6, legal 10 (+5 by its own rule)
        var byApprover = await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{c.Number}/extend", new { concurrency = c.Concurrency, days = 5, reason = "需现场核查" });
        Assert.Equal(HttpStatusCode.Forbidden, byApprover.StatusCode);

        var head = await app.ClientAsync("scjg-head");
        var tooLong = await head.PostJsonAsync($"/api/v1/cases/{c.Number}/extend", new { concurrency = c.Concurrency, days = 10, reason = "需现场核查" });
        Assert.Equal(HttpStatusCode.Conflict, tooLong.StatusCode);
        Assert.Contains("1至5个工作日", await tooLong.Content.ReadAsStringAsync());
        var extended = await head.PostJsonAsync($"/api/v1/cases/{c.Number}/extend", new { concurrency = c.Concurrency, days = 5, reason = "需现场核查经营场所" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var view = await LegalClock.ViewAsync(app, "enterprise", c.Number);
        Assert.Equal(LegalClock.D(12, 10), view.Due); // 6 + 5 working days from 11-25
        var extension = Assert.Single(view.Deadline!.Extensions);
        Assert.EndsWith("市场监管局负责人）", extension.Approver); // the head, by name, not a typed-in text
        Assert.Contains(await LegalClock.MessagesAsync(app, c.Number), m => m.Title == "办件延期办理" && m.Body.Contains("2026-12-10") && m.Body.Contains("需现场核查经营场所"));
        await LegalClock.AssertNoticeAsync(app, "enterprise", c.Number, "extension");
        var progress = await (await (await app.ClientAsync()).GetAsync($"/api/v1/progress?number={c.Number}&name={Uri.EscapeDataString(view.ApplicantName)}")).ReadAsync<ProgressView>();
        Assert.Equal(LegalClock.D(12, 10), progress.Due);
        Assert.Contains(progress.DueNotes, n => n.Contains("延期 5 个工作日"));

        var second = await DemoCases.AcceptedAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(15)); // 12-10: the legal limit (10 working days from 11-25) was 12-09
        head = await app.ClientAsync("scjg-head"); // a sign-in of today
        var late = await head.PostJsonAsync($"/api/v1/cases/{second.Number}/extend", new { concurrency = second.Concurrency, days = 5, reason = "需现场核查" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("法定时限 2026-12-09 已过", await late.Content.ReadAsStringAsync());
    }
}

/// <summary>§45: a special procedure within its maximum, told to the applicant, carded past it; the due date moves on resumption.</summary>
public class SuspensionFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_hearing_is_told_watched_past_its_maximum_and_moves_the_due_date()
    {
        var c = await DemoCases.AcceptedAsync(app);
        var approver = await app.ClientAsync("approver");
        var tooLong = await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/suspend", new { concurrency = c.Concurrency, kind = "Hearing", reason = "利害关系人申请听证", approver = "张局长", maxDays = 30 });
        Assert.Equal(HttpStatusCode.Conflict, tooLong.StatusCode);
        Assert.Contains("最长20天", await tooLong.Content.ReadAsStringAsync());
        var suspended = await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/suspend", new { concurrency = c.Concurrency, kind = "Hearing", reason = "利害关系人申请听证", approver = "张局长" });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Contains(await LegalClock.MessagesAsync(app, c.Number), m => m.Title == "办件进入特别程序" && m.Body.Contains("2026-12-14") && m.Body.Contains("第四十七条"));
        await LegalClock.AssertNoticeAsync(app, "enterprise", c.Number, "suspension");

        app.Clock.Advance(TimeSpan.FromDays(20)); // 12-15: past the 20 days (11-25..12-14)
        await LegalClock.SweepAsync(app);
        var card = Assert.Single(await LegalClock.CardsAsync(app, c.Number));
        Assert.Equal((CardRule.SuspensionOverrun, CardLevel.Yellow), (card.Rule, card.Level));

        approver = await app.ClientAsync("approver"); // a sign-in of today
        var token = (await LegalClock.ViewAsync(app, "approver", c.Number)).Concurrency;
        Assert.Equal(HttpStatusCode.OK, (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/resume", new { concurrency = token })).StatusCode);
        var view = await LegalClock.ViewAsync(app, "enterprise", c.Number);
        Assert.True(view.Due > LegalClock.D(12, 3)); // 6 working days, plus the 15 the hearing took
        Assert.Contains(await LegalClock.MessagesAsync(app, c.Number), m => m.Title == "特别程序结束，恢复计时" && m.Body.Contains($"{view.Due:yyyy-MM-dd}"));
        await LegalClock.AssertNoticeAsync(app, "enterprise", c.Number, "resumption");
    }
}

/// <summary>补正 has a term: stated to the applicant, after it the window may close the file with a notice.</summary>
public class SupplementTermFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task An_unsupplemented_file_is_closed_only_after_its_term()
    {
        var c = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        var clerk = await app.ClientAsync("clerk");
        var notice = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/request-supplement", new { concurrency = c.Concurrency, missing = new[] { "经营场所使用证明" } })).ReadAsync<CaseSummary>();
        Assert.Equal(LegalClock.D(12, 25), (await LegalClock.ViewAsync(app, "enterprise", c.Number)).SupplementDue); // 30 days, the local default
        Assert.Contains(await LegalClock.MessagesAsync(app, c.Number), m => m.Title == "请补正材料" && m.Body.Contains("2026-12-25 前补正"));

        var early = await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/close-unsupplemented", new { concurrency = notice.Concurrency });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("尚未届满", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("enterprise")).PostJsonAsync($"/api/v1/cases/{c.Number}/close-unsupplemented", new { concurrency = notice.Concurrency })).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(31));
        clerk = await app.ClientAsync("clerk"); // a sign-in of today
        var closed = await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/close-unsupplemented", new { concurrency = notice.Concurrency });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(CaseStatus.Refused, (await closed.ReadAsync<CaseSummary>()).Status);
        Assert.Contains(await LegalClock.MessagesAsync(app, c.Number), m => m.Title == "逾期未补正，不予受理");
        await LegalClock.AssertNoticeAsync(app, "enterprise", c.Number, "not-supplemented");
    }
}

/// <summary>§26/§42 联合办理: a 一件事 has its own promised and legal (45 working days) limit from its acceptance, shown to the applicant and watched.</summary>
public class JointHandlingFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_bundle_past_45_working_days_is_carded_red_once()
    {
        var citizen = await app.ClientAsync("citizen");
        var number = await LegalClock.RestaurantBundleAsync(app, citizen);
        Assert.Null((await (await citizen.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>()).Due); // not accepted yet
        Assert.True((await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{number}/accept", new { applicantPresent = true })).IsSuccessStatusCode);

        var view = await (await citizen.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        var calendar = app.Services.GetRequiredService<Yiwang.Web.Features.Calendar.WorkingDayCalendar>().Schedule;
        Assert.Equal(YiwangFactory.FixedToday, view.AcceptedOn);
        Assert.Equal(45, view.LegalDays);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, 45).Date, view.LegalDue);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, view.PromisedDays).Date, view.Due);
        Assert.Contains("四十五日", view.DueExplanation);

        app.Clock.Advance(TimeSpan.FromDays(75)); // past 45 working days (with 元旦 and 春节 of 2027)
        await LegalClock.SweepAsync(app);
        await LegalClock.SweepAsync(app);
        var bundleId = await app.WithDbAsync(db => db.BundleCases.Where(b => b.Number == number).Select(b => b.Id).SingleAsync());
        var cards = await app.WithDbAsync(db => db.Cards.Where(k => k.Step == (int)bundleId && (k.Rule == CardRule.JointLegalPassed || k.Rule == CardRule.JointPromisedPassed))
            .Select(k => new { k.Rule, k.Level, k.Detail }).ToListAsync());
        Assert.Equal(2, cards.Count);
        var red = Assert.Single(cards, k => k.Rule == CardRule.JointLegalPassed);
        Assert.Equal(CardLevel.Red, red.Level);
        Assert.Contains(number, red.Detail);
    }
}

/// <summary>联合办理延期: only the 政务服务中心负责人 of the accepting hall, at most 15 working days, once; the applicant is told; the legal limit moves.</summary>
public class JointExtensionFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task The_centre_head_extends_a_bundle_by_fifteen_working_days()
    {
        var citizen = await app.ClientAsync("citizen");
        var number = await LegalClock.RestaurantBundleAsync(app, citizen);
        Assert.True((await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{number}/accept", new { applicantPresent = true })).IsSuccessStatusCode);
        var calendar = app.Services.GetRequiredService<Yiwang.Web.Features.Calendar.WorkingDayCalendar>().Schedule;

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{number}/extend", new { days = 15, reason = "消防验收需复检" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/bundle-cases/{number}/extend", new { days = 15, reason = "消防验收需复检" })).StatusCode);
        var head = await app.ClientAsync("centre-head");
        var tooLong = await head.PostJsonAsync($"/api/v1/bundle-cases/{number}/extend", new { days = 16, reason = "消防验收需复检" });
        Assert.Equal(HttpStatusCode.Conflict, tooLong.StatusCode);
        Assert.Contains("1至15个工作日", await tooLong.Content.ReadAsStringAsync());
        var extended = await head.PostJsonAsync($"/api/v1/bundle-cases/{number}/extend", new { days = 15, reason = "消防验收需复检" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var view = await extended.ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, 60).Date, view.LegalDue);
        Assert.Contains("批准延期 15 个工作日", view.DueExplanation);
        Assert.Contains(await LegalClock.MessagesAsync(app, number), m => m.Title == "一件事延期办理" && m.Body.Contains("消防验收需复检"));
        Assert.Contains("已延期一次", await (await head.PostJsonAsync($"/api/v1/bundle-cases/{number}/extend", new { days = 1, reason = "再延" })).Content.ReadAsStringAsync());

        app.Clock.Advance(TimeSpan.FromDays(75)); // past 45 working days, within the extended 60
        await LegalClock.SweepAsync(app);
        var bundleId = await app.WithDbAsync(db => db.BundleCases.Where(b => b.Number == number).Select(b => b.Id).SingleAsync());
        var rules = await app.WithDbAsync(db => db.Cards.Where(k => k.Step == (int)bundleId && (k.Rule == CardRule.JointLegalPassed || k.Rule == CardRule.JointPromisedPassed)).Select(k => k.Rule).ToListAsync());
        Assert.Equal([CardRule.JointPromisedPassed], rules);
    }
}

/// <summary>The dashboard's “一件事”按期办结率: each 一件事 counted once, in the period of its 办结期限, once that has passed or it closed.</summary>
public class JointHandlingIndicatorTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<Yiwang.Web.Features.Bundles.Apply.BundleCaseSummary> SubmitAcceptedAsync(HttpClient citizen)
    {
        var hall = await app.WithDbAsync(db => db.Halls.Where(h => h.Name == "张家界市政务服务中心").Select(h => h.Id).SingleAsync());
        var r = await citizen.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "restaurant-opening", answers = Bundles.BundleFlowTests.Answers(area: "100"), form = Bundles.BundleFlowTests.Form(), delivery = "Electronic", pickupHallId = hall,
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var b = await r.ReadAsync<Yiwang.Web.Features.Bundles.Apply.BundleCaseSummary>();
        Assert.True((await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { applicantPresent = true })).IsSuccessStatusCode);
        return b;
    }

    private async Task<Yiwang.Web.Features.Indicators.IndicatorRecords> RecordsAsync(string user, DateOnly from, DateOnly to, string? scope = null) =>
        await (await (await app.ClientAsync(user)).GetAsync($"/api/v1/indicators/bundle-on-time/records?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}{(scope is null ? "" : "&scope=" + scope)}"))
            .ReadAsync<Yiwang.Web.Features.Indicators.IndicatorRecords>();

    [Fact]
    public async Task A_bundle_closed_by_its_due_date_counts_one_left_open_past_it_counts_against()
    {
        var citizen = await app.ClientAsync("citizen");
        var onTime = await SubmitAcceptedAsync(citizen);
        var late = await SubmitAcceptedAsync(citizen);
        var market = await app.ClientAsync("approver");
        var view = await (await citizen.GetAsync($"/api/v1/bundle-cases/{onTime.Number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        await Bundles.BundleFlowTests.DecideAsync(market, view.Parts[0].CaseNumber!);
        var food = (await (await citizen.GetAsync($"/api/v1/bundle-cases/{onTime.Number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>()).Parts.Single(p => p.Key == "food").CaseNumber!;
        await Bundles.BundleFlowTests.DecideAsync(market, food);
        Assert.Equal("办结", (await (await citizen.GetAsync($"/api/v1/bundle-cases/{onTime.Number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>()).StatusName);
        var due = view.Due!.Value;

        // Today: the closed one counts, the open one is not yet due and is not counted at all.
        var now = await RecordsAsync("supervisor", YiwangFactory.FixedToday, due);
        Assert.True(Assert.Single(now.Records, r => r.Key == onTime.Number).Counted);
        Assert.DoesNotContain(now.Records, r => r.Key == late.Number);

        app.Clock.Advance(TimeSpan.FromDays(due.DayNumber - YiwangFactory.FixedToday.DayNumber + 1)); // the day after the due date
        var after = await RecordsAsync("supervisor", YiwangFactory.FixedToday, due);
        Assert.True(Assert.Single(after.Records, r => r.Key == onTime.Number).Counted);
        var missed = Assert.Single(after.Records, r => r.Key == late.Number);
        Assert.False(missed.Counted);
        Assert.Contains("尚未办结", missed.Detail);
        Assert.Contains("已超过承诺时限", missed.Detail);
        Assert.Equal(after.Records.Count(r => r.Counted), after.Indicator.Numerator);
        Assert.Equal(after.Records.Count, after.Indicator.Denominator);
        // Outside the period of its due date it is not counted; the report lists the figure.
        Assert.DoesNotContain((await RecordsAsync("supervisor", due.AddDays(1), due.AddDays(1))).Records, r => r.Key == late.Number);
        var report = await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/indicators?from={YiwangFactory.FixedToday:yyyy-MM-dd}&to={due:yyyy-MM-dd}"))
            .ReadAsync<Yiwang.Web.Features.Indicators.IndicatorReport>();
        Assert.Equal(after.Indicator.Value, report.Indicators.Single(i => i.Key == "bundle-on-time").Value);

        // Scoped: a department with a part sees them, one without does not (its admin sees only its own).
        var scjg = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市市场监管局").Select(d => d.Id).SingleAsync());
        Assert.Contains((await RecordsAsync("scjg-admin", YiwangFactory.FixedToday, due)).Records, r => r.Key == late.Number);
        Assert.Contains((await RecordsAsync("supervisor", YiwangFactory.FixedToday, due, $"department:{scjg}")).Records, r => r.Key == late.Number);
        Assert.DoesNotContain((await RecordsAsync("ga-admin", YiwangFactory.FixedToday, due)).Records, r => r.Key == late.Number);
    }
}

/// <summary>A calendar year loaded or corrected moves an open 一件事's own due dates too, and tells its applicant.</summary>
public class JointHandlingRecomputeTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Loading_2027_recounts_an_open_bundles_due_dates_and_tells_the_applicant()
    {
        var citizen = await app.ClientAsync("citizen");
        var number = await LegalClock.RestaurantBundleAsync(app, citizen);
        Assert.True((await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{number}/accept", new { applicantPresent = true })).IsSuccessStatusCode);
        var before = await (await citizen.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        Assert.True(before.LegalDue > new DateOnly(2027, 1, 4)); // 45 working days from 2026-11-25 reach into 2027, whose schedule is not loaded

        // A (fictional) schedule giving 元旦 four days: Monday 2027-01-04 is off, so each limit past it moves by a working day.
        var loaded = await (await app.ClientAsync("admin")).PutJsonAsync("/api/v1/calendar/years/2027", new
        {
            notice = "国务院办公厅关于2027年部分节假日安排的通知",
            holidays = new[] { new { name = "元旦", start = "2027-01-01", end = "2027-01-04" }, new { name = "春节", start = "2027-02-05", end = "2027-02-12" } },
            adjustedWorkingDays = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var calendar = app.Services.GetRequiredService<Yiwang.Web.Features.Calendar.WorkingDayCalendar>().Schedule;
        var after = await (await citizen.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        Assert.False(after.DueProvisional);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, 45).Date, after.LegalDue);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, after.PromisedDays).Date, after.Due);
        Assert.NotEqual(before.LegalDue, after.LegalDue);
        Assert.Contains(after.Timeline, t => t.Text.Contains("节假日安排调整"));
        var told = (await LegalClock.MessagesAsync(app, number)).Where(m => m.Title == "办结期限调整").ToList();
        if (before.Due == after.Due) Assert.Empty(told);
        else Assert.Contains($"由 {before.Due:yyyy-MM-dd} 调整为 {after.Due:yyyy-MM-dd}", Assert.Single(told).Body);
    }
}

/// <summary>§32 for a 一件事: its parts left un-accepted past five working days are accepted by law, and the whole's clock runs from their receipt.</summary>
public class JointAcceptanceByLawTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_bundle_never_accepted_at_the_window_is_accepted_by_law_from_its_receipt()
    {
        var citizen = await app.ClientAsync("citizen");
        var number = await LegalClock.RestaurantBundleAsync(app, citizen);
        app.Clock.Advance(TimeSpan.FromDays(8)); // Thursday 12-03: the five working days ran out on 12-02
        await LegalClock.SweepAsync(app);

        var view = await (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<Yiwang.Web.Features.Bundles.Track.BundleCaseView>();
        var calendar = app.Services.GetRequiredService<Yiwang.Web.Features.Calendar.WorkingDayCalendar>().Schedule;
        Assert.Equal(YiwangFactory.FixedToday, view.AcceptedOn);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, view.PromisedDays).Date, view.Due);
        Assert.Equal(calendar.AddWorkingDays(YiwangFactory.FixedToday, 45).Date, view.LegalDue);
        Assert.Contains(view.Timeline, t => t.Text.Contains("依法视为受理") && t.Subject == view.BundleName);
        Assert.Contains(view.Parts.Where(p => p.CaseNumber is not null), p => p.Status == CaseStatus.InProgress);
    }
}
