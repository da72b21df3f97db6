using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Ratings.RateCase;
using Yiwang.Web.Features.Ratings.Rectify;
using Yiwang.Web.Features.Ratings.Stats;
using Yiwang.Web.Features.Supervision;
using Yiwang.Web.Features.Supervision.Cards;

namespace Yiwang.Tests.Features.Ratings;

/// <summary>好差评 once per case, the 差评 rectification timeline, appeals, overdue cards and the public statistics.</summary>
public class RatingTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string FoodLicence = "430800-XK-0005"; // 市市场监管局

    /// <summary>An online 食品经营许可 case taken to its decision.</summary>
    private async Task<string> DecidedCaseAsync()
    {
        var c = await DemoCases.DecidedAsync(app);
        Assert.Equal(CaseStatus.Decided, c.Status);
        return c.Number;
    }

    [Fact]
    public async Task Rated_once_by_the_applicant_only_and_never_changed()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var applied = await (await enterprise.ApplyAsync(new { itemCode = FoodLicence })).ReadAsync<CaseSummary>();
        await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{applied.Number}/rating", new { level = "VerySatisfied" }), HttpStatusCode.Conflict);

        var number = await DecidedCaseAsync();
        var p = await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating",
            new { level = "Satisfied", scores = new Dictionary<string, int> { ["态度"] = 5, ["效率"] = 9 } }), HttpStatusCode.BadRequest);
        Assert.Contains("不是网上办事的评价指标", p.Errors["scores.态度"][0]);
        Assert.Equal("“效率”应评 1 至 5 分", p.Errors["scores.效率"][0]);
        // Staff cannot rate for the applicant, not even the approver who decided.
        await Problem.ReadAsync(await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "VerySatisfied" }), HttpStatusCode.Forbidden);

        var rated = await (await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating",
            new { level = "VerySatisfied", channel = "Mobile", scores = new Dictionary<string, int> { ["效率"] = 5, ["便利度"] = 4 }, reasons = new[] { "办理快捷" } })).ReadAsync<RatingView>();
        Assert.Equal(("非常满意", "移动端", 5), (rated.LevelName, rated.ChannelName, rated.Scores["总体"]));
        Assert.Null(rated.Rectification);
        await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "VeryDissatisfied", reasons = new[] { "其他" } }), HttpStatusCode.Conflict);
        var state = await (await enterprise.GetAsync($"/api/v1/cases/{number}/rating")).ReadAsync<RatingState>();
        // The applicant of a decided case and a supervisor have nothing to do on it: no empty 办理 section.
        Assert.DoesNotContain("data-testid=\"actions\"", await enterprise.GetStringAsync($"/cases/{number}"));
        Assert.DoesNotContain("data-testid=\"actions\"", await (await app.ClientAsync("supervisor")).GetStringAsync($"/cases/{number}"));
        Assert.Contains("data-testid=\"actions\"", await (await app.ClientAsync("clerk")).GetStringAsync($"/cases/{number}"));
        Assert.Equal((false, RatingLevel.VerySatisfied), (state.MayRate, state.Rating!.Level));
    }

    [Fact]
    public async Task The_window_evaluator_records_the_applicants_rating_and_nothing_else()
    {
        // The applicant stood at the counter for the case today (accepted in person at the clerk's hall).
        var number = (await DemoCases.DecidedAsync(app, applicantPresent: true)).Number;
        var clerk = await app.ClientAsync("clerk");
        await Problem.ReadAsync(await clerk.PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "VerySatisfied", channel = "Pc" }), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await (await app.ClientAsync("enterprise")).PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "VerySatisfied", channel = "WindowPad" }), HttpStatusCode.Forbidden);
        var rated = await (await clerk.PostJsonAsync($"/api/v1/cases/{number}/rating",
            new { level = "Satisfied", channel = "WindowPad", scores = new Dictionary<string, int> { ["效率"] = 4 } })).ReadAsync<RatingView>();
        Assert.Equal(("窗口评价器", RatingLevel.Satisfied), (rated.ChannelName, rated.Level));
        var pad = await (await app.ClientAsync("clerk")).GetStringAsync($"/window/rate/{number}");
        Assert.Contains("<h1>请对本次服务作出评价</h1>", pad);
        Assert.Matches("申请人 [^<·]*\\*", pad); // whose rating it is, masked
    }

    [Fact]
    public async Task A_clerk_cannot_file_the_rating_of_a_case_the_applicant_handled_online()
    {
        // Handled online: nobody came to a counter for it, weeks later or today.
        var number = await DecidedCaseAsync();
        var clerk = await app.ClientAsync("clerk");
        var refused = await Problem.ReadAsync(await clerk.PostJsonAsync($"/api/v1/cases/{number}/rating",
            new { level = "VerySatisfied", channel = "WindowPad", scores = new Dictionary<string, int> { ["效率"] = 5 } }), HttpStatusCode.Forbidden);
        Assert.Contains("网上办理的办件由申请人在网上评价", refused.Detail);
        Assert.False((await (await clerk.GetAsync($"/api/v1/cases/{number}/rating")).ReadAsync<RatingState>()).MayRate);
        Assert.Contains("data-testid=\"pad-idle\"", await clerk.GetStringAsync($"/window/rate/{number}"));
        // The applicant's one rating is still theirs to give.
        var own = await (await app.ClientAsync("enterprise")).PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "Satisfied" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_bad_rating_is_rectified_and_the_applicant_sees_the_reply()
    {
        var number = await DecidedCaseAsync();
        var enterprise = await app.ClientAsync("enterprise");
        await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "Dissatisfied" }), HttpStatusCode.BadRequest);
        var rated = await (await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating",
            new { level = "Dissatisfied", reasons = new[] { "办理时间长", "多次跑动" }, comment = "跑了两趟" })).ReadAsync<RatingView>();
        var summary = rated.Rectification!;
        Assert.Equal(RectificationStatus.Pending, summary.Status);
        Assert.True(summary.Due > DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));

        var department = await app.ClientAsync("scjg-admin");
        var police = (await (await (await app.ClientAsync("ga-admin")).GetAsync("/api/v1/rectifications")).ReadAsync<RectificationList>()).Items;
        Assert.DoesNotContain(police, x => x.Id == summary.Id);
        var started = await (await department.PostJsonAsync($"/api/v1/rectifications/{summary.Id}/start", new { verification = "经核实，材料审查等待时间较长" })).ReadAsync<RectificationView>();
        Assert.Equal(RectificationStatus.InProgress, started.Status);
        var p = await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/rectifications/{summary.Id}/complete", new { measures = "增设帮办窗口" }), HttpStatusCode.BadRequest);
        Assert.Equal("请填写给申请人的答复", p.Errors["reply"][0]);
        await department.PostJsonAsync($"/api/v1/rectifications/{summary.Id}/complete", new { measures = "增设帮办窗口", reply = "已增设帮办窗口，今后可一次办结" });

        var seen = await (await enterprise.GetAsync($"/api/v1/cases/{number}/rating")).ReadAsync<RatingState>();
        Assert.Equal((RectificationStatus.Done, "已增设帮办窗口，今后可一次办结"), (seen.Rating!.Rectification!.Status, seen.Rating.Rectification.Reply));
        var messages = await (await enterprise.GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.Contains(messages, m => m.CaseNumber == number && m.Title == "差评整改答复");

        var supervisor = await app.ClientAsync("supervisor");
        await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/rectifications/{summary.Id}/return-visit", new { view = "满意", satisfied = true }), HttpStatusCode.Forbidden);
        var visited = await (await supervisor.PostJsonAsync($"/api/v1/rectifications/{summary.Id}/return-visit", new { view = "电话回访，评价人表示满意", satisfied = true })).ReadAsync<RectificationView>();
        Assert.True(visited.ApplicantSatisfied);

        var stats = await (await (await app.ClientAsync()).GetAsync("/api/v1/ratings/stats")).ReadAsync<List<DepartmentRatingStats>>();
        var mine = stats.Single(s => s.Department == "市市场监管局");
        Assert.True(mine.Bad >= 1 && mine.Rectified >= 1);
        // A period is a span of Beijing days: today's ratings are in today's statistics, not in yesterday's.
        var today = app.Clock.Today();
        var todays = await (await (await app.ClientAsync()).GetAsync($"/api/v1/ratings/stats?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).ReadAsync<List<DepartmentRatingStats>>();
        Assert.Equal(mine.Ratings, todays.Single(s => s.Department == "市市场监管局").Ratings);
        var yesterday = await (await (await app.ClientAsync()).GetAsync($"/api/v1/ratings/stats?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).ReadAsync<List<DepartmentRatingStats>>();
        Assert.DoesNotContain(yesterday, s => s.Department == "市市场监管局");
        var xlsx = await (await app.ClientAsync()).GetAsync($"/api/v1/ratings/stats?from={today:yyyy-MM-dd}&format=xlsx");
        using var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Contains(wb.Worksheet(1).Column(1).CellsUsed(), c => c.GetString() == "市市场监管局");
    }

    [Fact]
    public async Task An_appeal_approved_by_the_supervisor_makes_it_an_invalid_rating()
    {
        var number = await DecidedCaseAsync();
        var enterprise = await app.ClientAsync("enterprise");
        var rated = await (await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "VeryDissatisfied", reasons = new[] { "其他" }, comment = "随便点的" })).ReadAsync<RatingView>();
        var id = rated.Rectification!.Id;
        var department = await app.ClientAsync("scjg-admin");
        await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/rectifications/{id}/appeal", new { reason = "误评" }), HttpStatusCode.BadRequest);
        await department.PostJsonAsync($"/api/v1/rectifications/{id}/appeal", new { kind = "Invalid", reason = "评价人来电说明为误操作" });
        await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/rectifications/{id}/appeal-decision", new { approve = true, note = "同意" }), HttpStatusCode.Forbidden);
        var decided = await (await (await app.ClientAsync("supervisor")).PostJsonAsync($"/api/v1/rectifications/{id}/appeal-decision",
            new { approve = true, note = "经回访核实为误评" })).ReadAsync<RectificationView>();
        Assert.Equal((RectificationStatus.Invalid, "无效差评"), (decided.Status, decided.StatusName));
    }

    [Fact]
    public async Task An_overdue_rectification_raises_one_card_and_an_unrated_case_one_invitation()
    {
        var number = await DecidedCaseAsync();
        var other = await DecidedCaseAsync();
        var enterprise = await app.ClientAsync("enterprise");
        await enterprise.PostJsonAsync($"/api/v1/cases/{number}/rating", new { level = "Dissatisfied", reasons = new[] { "服务态度差" } });
        app.Clock.Advance(TimeSpan.FromDays(30));
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SupervisionSweep>().RunAsync(default);
            await scope.ServiceProvider.GetRequiredService<RatingInvitations>().SendAsync(default);
        }
        var cards = (await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/cards?caseNumber={number}")).ReadAsync<CardList>()).Cards;
        Assert.Single(cards, k => k.Rule == CardRule.RectificationOverdue);
        var invitations = await app.WithDbAsync(db => db.Messages.CountAsync(m => m.CaseNumber == other && m.Title == "邀请您评价"));
        Assert.Equal(1, invitations);
        Assert.Equal(0, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.CaseNumber == number && m.Title == "邀请您评价")));
    }
}
