using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Supervision;
using Yiwang.Web.Features.Supervision.Cards;

namespace Yiwang.Tests.Features.Supervision;

/// <summary>Cards raised by the sweep and by events, their scope, and the answer → close path, through the API.</summary>
public class SupervisionTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<string> AcceptedCaseAsync()
    {
        var accepted = await DemoCases.AcceptedAsync(app);
        Assert.Equal(CaseStatus.InProgress, accepted.Status);
        return accepted.Number;
    }

    private async Task<List<CardView>> CardsOfAsync(HttpClient client, string number) =>
        [.. (await (await client.GetAsync($"/api/v1/cards?caseNumber={number}")).ReadAsync<CardList>()).Cards];

    private Task<int> CountAsync(string number) =>
        app.WithDbAsync(db => db.Cards.CountAsync(k => k.CaseNumber == number));

    [Fact]
    public async Task Overdue_case_gets_one_yellow_card_however_often_and_however_many_sweeps_run()
    {
        var number = await AcceptedCaseAsync();
        app.Clock.Advance(TimeSpan.FromDays(20));
        var supervisor = await app.ClientAsync("supervisor");

        // Two sweeps at once (two servers), then a third one late.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SupervisionSweep>().RunAsync(default);
        }));
        var first = await CountAsync(number);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostJsonAsync("/api/v1/supervision/sweep", new { })).StatusCode);
        Assert.Equal(first, await CountAsync(number));

        var cards = await CardsOfAsync(supervisor, number);
        var yellow = Assert.Single(cards, k => k.Rule == CardRule.PromisedLimitPassed);
        Assert.Equal((CardLevel.Yellow, CardStatus.Open, "黄牌"), (yellow.Level, yellow.Status, yellow.LevelName));
        Assert.Single(cards, k => k.Rule == CardRule.LongOverdue);
        Assert.Equal(cards.Count, cards.Select(k => (k.Rule, k.Step)).Distinct().Count());
        // The 预警 reached the department's approvers (nobody was assigned), once.
        Assert.Single(cards, k => k.Rule == CardRule.StepDueSoon);
        var inbox = await (await (await app.ClientAsync("approver")).GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.Single(inbox, m => m.CaseNumber == number && m.Title == "环节时限预警");
        // Nothing changes for this case until its next check day.
        var next = await app.WithDbAsync(db => db.Cases.Where(c => c.Number == number).Select(c => c.NextCheckOn).SingleAsync());
        Assert.True(next is null || next > DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime));
    }

    [Fact]
    public async Task Department_answers_and_supervisor_closes_within_their_scopes()
    {
        var number = await AcceptedCaseAsync();
        app.Clock.Advance(TimeSpan.FromDays(20));
        var supervisor = await app.ClientAsync("supervisor");
        await supervisor.PostJsonAsync("/api/v1/supervision/sweep", new { });
        var card = (await CardsOfAsync(supervisor, number)).Single(k => k.Rule == CardRule.PromisedLimitPassed);

        // Another department neither sees nor touches it; a citizen may not list cards at all.
        var police = await app.ClientAsync("ga-admin");
        Assert.Empty(await CardsOfAsync(police, number));
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cards/{card.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostJsonAsync($"/api/v1/cards/{card.Id}/answer", new { explanation = "x", correction = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/cards")).StatusCode);

        // Not closed before the department answers; the answer needs both parts.
        await Problem.ReadAsync(await supervisor.PostJsonAsync($"/api/v1/cards/{card.Id}/close", new { note = "好" }), HttpStatusCode.Conflict);
        var department = await app.ClientAsync("scjg-admin");
        Assert.Contains(await CardsOfAsync(department, number), k => k.Id == card.Id && k.MayAnswer);
        var p = await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/cards/{card.Id}/answer", new { explanation = "审查人员外出培训" }), HttpStatusCode.BadRequest);
        Assert.Equal("请写明整改措施", p.Errors["correction"][0]);
        await Problem.ReadAsync(await department.PostJsonAsync($"/api/v1/cards/{card.Id}/close", new { note = "自己办结" }), HttpStatusCode.Forbidden);
        var answered = await (await department.PostJsonAsync($"/api/v1/cards/{card.Id}/answer",
            new { explanation = "审查人员外出培训", correction = "已安排AB角，今日办结", concurrency = card.Concurrency })).ReadAsync<CardView>();
        Assert.Equal(CardStatus.Answered, answered.Status);

        var closed = await (await supervisor.PostJsonAsync($"/api/v1/cards/{card.Id}/close", new { note = "整改到位" })).ReadAsync<CardView>();
        var xlsx = await supervisor.GetAsync($"/api/v1/cards?format=xlsx&caseNumber={number}");
        using (var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var sheet = wb.Worksheet("红黄牌");
            Assert.Equal("牌", sheet.Cell(1, 1).GetString());
            Assert.Contains(sheet.RowsUsed().Skip(1), r => r.Cell(2).GetString() == "超承诺时限" && r.Cell(14).GetString() == "整改到位");
        }
        Assert.Equal((CardStatus.Closed, "supervisor", "已办结"), (closed.Status, closed.ClosedBy, closed.StatusName));
        await Problem.ReadAsync(await supervisor.PostJsonAsync($"/api/v1/cards/{card.Id}/escalate", new { note = "再升级" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_second_supplement_raises_a_yellow_card_at_once()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var clerk = await app.ClientAsync("clerk");
        var c = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        c = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/request-supplement", new { concurrency = c.Concurrency, missing = new[] { "营业执照" } })).ReadAsync<CaseSummary>();
        Assert.Equal(0, await CountAsync(c.Number));
        await Applications.UploadAsync(enterprise, c.Number, "营业执照");
        c = await (await enterprise.PostJsonAsync($"/api/v1/cases/{c.Number}/resubmit", new { concurrency = c.Concurrency })).ReadAsync<CaseSummary>();
        await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/request-supplement", new { concurrency = c.Concurrency, missing = new[] { "食品安全管理制度" } });
        var card = Assert.Single(await CardsOfAsync(await app.ClientAsync("supervisor"), c.Number));
        Assert.Equal((CardRule.RepeatedSupplement, CardLevel.Yellow, "重复补正"), (card.Rule, card.Level, card.RuleName));
        Assert.Equal("申请人（待补正）", card.Assignee); // who holds the case now, never a login
    }

    [Fact]
    public async Task Rules_are_set_by_the_supervisor_only_and_validated()
    {
        var supervisor = await app.ClientAsync("supervisor");
        var p = await Problem.ReadAsync(await supervisor.PutJsonAsync("/api/v1/supervision/rules",
            new { warningDaysLeft = 1, redAfterOverdueDays = 3, answerWithinDays = 3, rectifyWithinDays = 20 }), HttpStatusCode.BadRequest);
        Assert.Contains("5至15", p.Errors["rectifyWithinDays"][0]);
        await Problem.ReadAsync(await (await app.ClientAsync("scjg-admin")).PutJsonAsync("/api/v1/supervision/rules",
            new { warningDaysLeft = 2, redAfterOverdueDays = 3, answerWithinDays = 3, rectifyWithinDays = 10 }), HttpStatusCode.Forbidden);
        var ok = await supervisor.PutJsonAsync("/api/v1/supervision/rules", new { warningDaysLeft = 2, redAfterOverdueDays = 5, answerWithinDays = 3, rectifyWithinDays = 10 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var rules = await (await supervisor.GetAsync("/api/v1/supervision/rules")).ReadAsync<Yiwang.Web.Features.Supervision.Rules.RulesView>();
        Assert.Equal((2, 5, 10, "supervisor"), (rules.WarningDaysLeft, rules.RedAfterOverdueDays, rules.RectifyWithinDays, rules.UpdatedBy));
        await supervisor.PutJsonAsync("/api/v1/supervision/rules", new { warningDaysLeft = 1, redAfterOverdueDays = 3, answerWithinDays = 3, rectifyWithinDays = 5 });
    }
}
