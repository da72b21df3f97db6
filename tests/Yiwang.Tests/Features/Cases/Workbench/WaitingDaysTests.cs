using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Workbench;

namespace Yiwang.Tests.Features.Cases.Workbench;

/// <summary>The window's queue shows how long each application has waited, in working days since it was received (§32).</summary>
public class WaitingDaysTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_waiting_application_counts_the_working_days_since_receipt_longest_wait_first()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var older = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>(); // Wednesday 2026-11-25
        app.Clock.Advance(TimeSpan.FromDays(2)); // Friday
        var newer = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        app.Clock.Advance(TimeSpan.FromDays(5)); // Wednesday 2026-12-02: five working days after the first, three after the second
        var queues = await (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/workbench")).ReadAsync<List<Queue>>();
        var waiting = queues.Single(q => q.Name == "待受理").Cases.Where(c => c.Number == older.Number || c.Number == newer.Number).ToList();
        Assert.Equal([(older.Number, 5), (newer.Number, 3)], waiting.Select(c => (c.Number, c.WaitingWorkingDays!.Value)));
        Assert.Equal(new DateOnly(2026, 11, 25), waiting[0].ReceivedOn);
    }
}
