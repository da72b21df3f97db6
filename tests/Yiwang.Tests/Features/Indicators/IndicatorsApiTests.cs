using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Indicators;

namespace Yiwang.Tests.Features.Indicators;

/// <summary>The indicators over HTTP: figures from real cases, scopes, drill-down and export.</summary>
public class IndicatorsApiTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Average_trips_and_catalog_shares_come_from_the_data_and_drill_down_to_it()
    {
        // Two 食品经营许可 cases of 市市场监管局 closed today: one applied online (0 trips), one at the window with the applicant present (1 trip).
        var numbers = new List<string>();
        foreach (var present in new[] { false, true })
            numbers.Add((await DemoCases.DecidedAsync(app, applicantPresent: present, deliver: true)).Number);
        var supervisor = await app.ClientAsync("supervisor");
        var departments = await (await supervisor.GetAsync("/api/v1/departments")).ReadAsync<List<Yiwang.Web.Features.Organization.Browse.DepartmentView>>();
        var scjg = departments.Single(d => d.Name == "市市场监管局").Id;

        var report = await (await supervisor.GetAsync($"/api/v1/indicators?scope=department:{scjg}")).ReadAsync<IndicatorReport>();
        var trips = report.Indicators.Single(i => i.Key == IndicatorDefinitions.AverageTrips);
        Assert.Equal((1.0, 2.0, 0.5), (trips.Numerator, trips.Denominator, trips.Value));
        Assert.Equal((0.5, true), (trips.Target, trips.Met));
        var immediate = report.Indicators.Single(i => i.Key == IndicatorDefinitions.ImmediateShare);
        Assert.True(immediate.Denominator > 0 && immediate.Numerator <= immediate.Denominator);

        var records = await (await supervisor.GetAsync($"/api/v1/indicators/{IndicatorDefinitions.AverageTrips}/records?scope=department:{scjg}")).ReadAsync<IndicatorRecords>();
        Assert.Equal(numbers.Order(), records.Records.Select(r => r.Key).Order());
        Assert.Equal(numbers[1], Assert.Single(records.Records, r => r.Counted).Key);

        var city = await (await supervisor.GetAsync("/api/v1/indicators")).ReadAsync<IndicatorReport>();
        Assert.Equal("全市", city.ScopeLabel);
        Assert.Equal(IndicatorDefinitions.All.Count, city.Indicators.Count);
    }

    [Fact]
    public async Task Scopes_periods_and_exports()
    {
        var supervisor = await app.ClientAsync("supervisor");
        var p = await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators?scope=planet:mars"), HttpStatusCode.BadRequest);
        Assert.Contains("统计范围", p.Errors["scope"][0]);
        await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators?from=2026-05-01&to=2026-01-01"), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await supervisor.GetAsync("/api/v1/indicators/no-such/records"), HttpStatusCode.NotFound);

        // A department admin sees their own department only; citizens and clerks see nothing.
        var admin = await app.ClientAsync("scjg-admin");
        var own = await (await admin.GetAsync("/api/v1/indicators")).ReadAsync<IndicatorReport>();
        Assert.Equal("市市场监管局", own.ScopeLabel);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/indicators?scope=city")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/indicators")).StatusCode);

        var xlsx = await supervisor.GetAsync("/api/v1/indicators?format=xlsx");
        Assert.True(xlsx.IsSuccessStatusCode, await xlsx.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal("承诺时限压缩率", wb.Worksheet(1).Cell(2, 1).GetString());
        Assert.Equal(IndicatorDefinitions.All.Count + 1, wb.Worksheet(1).RowsUsed().Count());
    }
}
