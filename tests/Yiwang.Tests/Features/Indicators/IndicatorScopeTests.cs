using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Indicators;

namespace Yiwang.Tests.Features.Indicators;

/// <summary>Hall, window and staff scopes count the cases accepted there, or accepted or decided by that person.</summary>
public class IndicatorScopeTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<(double Numerator, double Denominator)> FigureAsync(string scope, string key)
    {
        var report = await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/indicators?scope={scope}")).ReadAsync<IndicatorReport>();
        var i = report.Indicators.Single(x => x.Key == key);
        return (i.Numerator, i.Denominator);
    }

    [Fact]
    public async Task Hall_window_and_staff_scopes_count_their_own_cases()
    {
        // The demo clerk sits at window 01 of 张家界市政务服务中心; one case they accept with the applicant there, and the approver decides.
        await DemoCases.DecidedAsync(app, applicantPresent: true, deliver: true);
        await DemoCases.AcceptedAsync(app);
        var clerk = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "clerk").Select(u => new { u.HallId, u.WindowId }).SingleAsync());
        var otherWindow = await app.WithDbAsync(db => db.Windows.Where(w => w.HallId == clerk.HallId && w.Id != clerk.WindowId).Select(w => w.Id).FirstAsync());
        var otherHall = await app.WithDbAsync(db => db.Halls.Where(h => h.Id != clerk.HallId).Select(h => h.Id).FirstAsync());

        Assert.Equal((1.0, 1.0), await FigureAsync($"window:{clerk.WindowId}", IndicatorDefinitions.AverageTrips));
        Assert.Equal((0.0, 2.0), await FigureAsync($"window:{clerk.WindowId}", IndicatorDefinitions.CardRate));
        Assert.Equal((0.0, 2.0), await FigureAsync($"hall:{clerk.HallId}", IndicatorDefinitions.CardRate));
        Assert.Equal((0.0, 2.0), await FigureAsync("staff:clerk", IndicatorDefinitions.CardRate));
        // The approver accepted nothing but decided one case: its trips count for them.
        Assert.Equal((1.0, 1.0), await FigureAsync("staff:approver", IndicatorDefinitions.AverageTrips));
        Assert.Equal((0.0, 0.0), await FigureAsync($"window:{otherWindow}", IndicatorDefinitions.CardRate));
        Assert.Equal((0.0, 0.0), await FigureAsync($"hall:{otherHall}", IndicatorDefinitions.AverageTrips));

        var supervisor = await app.ClientAsync("supervisor");
        var window = await (await supervisor.GetAsync($"/api/v1/indicators?scope=window:{clerk.WindowId}")).ReadAsync<IndicatorReport>();
        Assert.Contains("01 号窗口", window.ScopeLabel);
        var records = await (await supervisor.GetAsync($"/api/v1/indicators/{IndicatorDefinitions.AverageTrips}/records?scope=staff:clerk")).ReadAsync<IndicatorRecords>();
        Assert.Single(records.Records);
        // The month's trend point carries the same counts.
        var today = Yiwang.Tests.Infrastructure.YiwangFactory.FixedToday;
        var trend = await (await supervisor.GetAsync($"/api/v1/indicators/trend?scope=window:{clerk.WindowId}&from={today.AddMonths(-2):yyyy-MM-dd}")).ReadAsync<IndicatorTrend>();
        Assert.Equal(3, trend.Months.Count);
        var month = trend.Months[^1];
        Assert.Equal((today.ToString("yyyy-MM"), 2, 1, 1.0), (month.Month, month.Accepted, month.Closed, month.AverageTrips));
        Assert.Equal((0, (double?)null), (trend.Months[0].Accepted, trend.Months[0].AverageTrips));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("scjg-admin")).GetAsync($"/api/v1/indicators/trend?scope=window:{clerk.WindowId}")).StatusCode);
        var xlsx = await supervisor.GetAsync($"/api/v1/indicators/trend?scope=window:{clerk.WindowId}&from={today.AddMonths(-2):yyyy-MM-dd}&format=xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            Assert.Equal("受理量", wb.Worksheet(1).Cell(1, 2).GetString());
            Assert.Equal(2, wb.Worksheet(1).Cell(4, 2).GetValue<int>());
        }

        var tooLong = await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators/trend?from=2000-01-01"), HttpStatusCode.BadRequest);
        Assert.Contains("最多统计 60 个月", tooLong.Errors["from"][0]);

        var p = await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators?scope=staff:nobody"), HttpStatusCode.BadRequest);
        Assert.Contains("staff:用户名", p.Errors["scope"][0]);
        await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators?scope=window:abc"), HttpStatusCode.BadRequest);
        Assert.Contains("窗口（按受理窗口）", await supervisor.GetStringAsync("/staff/indicators"));
        // The long list is searchable: 查找 narrows it to the names holding the text (the scope in force stays).
        var found = await supervisor.GetStringAsync("/staff/indicators?find=" + Uri.EscapeDataString("慈利"));
        Assert.Contains(">慈利县<", found);
        Assert.DoesNotContain(">永定区<", found);
        Assert.Contains(">全市<", found); // the scope in force
    }
}
