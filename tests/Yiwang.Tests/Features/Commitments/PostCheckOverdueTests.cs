using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Commitments.PostCheck;
using Yiwang.Web.Features.Supervision;
using Yiwang.Web.Features.Supervision.Cards;

namespace Yiwang.Tests.Features.Commitments;

/// <summary>A 事后核查 left open past its deadline: the list says 已逾期 and the supervision sweep raises one yellow card.</summary>
public class PostCheckOverdueTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task An_overdue_post_check_raises_one_card()
    {
        var c = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence, commitments = new[] { "经营场所使用证明" } }))
            .ReadAsync<CaseSummary>();
        var accepted = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency })).ReadAsync<CaseSummary>();
        var approver = await app.ClientAsync("approver");
        var passed = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/pass", new { concurrency = accepted.Concurrency })).ReadAsync<CaseSummary>();
        await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "依告知承诺准予" })).ReadAsync<CaseSummary>();

        app.Clock.Advance(TimeSpan.FromDays(45)); // 20 working days and more
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SupervisionSweep>().RunAsync(default);
        }
        var task = Assert.Single(await (await (await app.ClientAsync("approver")).GetAsync("/api/v1/post-checks")).ReadAsync<List<PostCheckView>>(), t => t.CaseNumber == c.Number);
        Assert.True(task.Overdue);
        var cards = (await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/cards?caseNumber={c.Number}")).ReadAsync<CardList>()).Cards;
        var card = Assert.Single(cards, k => k.Rule == CardRule.PostCheckOverdue);
        Assert.Equal(CardLevel.Yellow, card.Level);
    }
}
