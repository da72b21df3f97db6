using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Features.Calendar;

public class CalendarApiTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<string> Get(string url) => await (await app.ClientAsync()).GetStringAsync(url);

    [Fact]
    public async Task Answers_in_the_exact_public_shapes()
    {
        Assert.Equal("""{"date":"2026-10-01","isWorkingDay":false,"name":"国庆节"}""", await Get("/api/v1/calendar/days/2026-10-01"));
        Assert.Equal("""{"date":"2026-10-10","isWorkingDay":true,"name":"国庆节调休"}""", await Get("/api/v1/calendar/days/2026-10-10"));
        Assert.Equal("""{"date":"2026-10-12","isWorkingDay":true,"name":null}""", await Get("/api/v1/calendar/days/2026-10-12"));
        Assert.Equal("""{"from":"2026-09-30","days":5,"date":"2026-10-13"}""", await Get("/api/v1/calendar/add-working-days?from=2026-09-30&days=5"));
        Assert.Equal("""{"from":"2026-09-30","to":"2026-10-13","workingDays":5}""", await Get("/api/v1/calendar/working-days?from=2026-09-30&to=2026-10-13"));
    }

    [Fact]
    public async Task Answers_resting_on_an_unloaded_year_say_provisional()
    {
        // 2028 is never loaded in this class (another test loads 2027).
        Assert.Equal("""{"date":"2028-02-08","isWorkingDay":true,"name":null,"provisional":true}""", await Get("/api/v1/calendar/days/2028-02-08"));
        using var doc = JsonDocument.Parse(await Get("/api/v1/calendar/add-working-days?from=2027-12-30&days=3"));
        Assert.True(doc.RootElement.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/calendar/days/2026-13-01", "date")]
    [InlineData("/api/v1/calendar/days/20261001", "date")]
    [InlineData("/api/v1/calendar/days/2031-01-01", "date")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-09-30&days=-1", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-09-30&days=abc", "days")]
    [InlineData("/api/v1/calendar/add-working-days?days=3", "from")]
    [InlineData("/api/v1/calendar/working-days?from=2026-09-30&to=x", "to")]
    public async Task Malformed_or_out_of_range_dates_are_400_saying_so(string url, string field)
    {
        var p = await Problem.ReadAsync(await (await app.ClientAsync()).GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains(field, p.Errors.Keys);
    }

    [Fact]
    public async Task System_admin_loads_next_year_and_answers_stop_being_provisional()
    {
        var body = new
        {
            notice = "国务院办公厅关于2027年部分节假日安排的通知", issued = "2026-11-10",
            holidays = new[] { new { name = "元旦", start = "2027-01-01", end = "2027-01-03" }, new { name = "春节", start = "2027-02-06", end = "2027-02-13" } },
            adjustedWorkingDays = new[] { new { date = "2027-02-14", @for = "春节" } },
        };
        var deptAdmin = await app.ClientAsync("scjg-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await deptAdmin.PutAsJsonAsync("/api/v1/calendar/years/2027", body)).StatusCode);

        var admin = await app.ClientAsync("admin");
        var bad = new { notice = "", holidays = new[] { new { name = "春节", start = "2027-02-10", end = "2027-02-06" } }, adjustedWorkingDays = new[] { new { date = "2027-02-10", @for = "春节" } } };
        var p = await Problem.ReadAsync(await admin.PutAsJsonAsync("/api/v1/calendar/years/2027", bad), HttpStatusCode.BadRequest);
        Assert.Contains("notice", p.Errors.Keys);
        Assert.Contains("holidays[0].end", p.Errors.Keys);
        Assert.Contains("adjustedWorkingDays[0].date", p.Errors.Keys); // a Wednesday needs no 调休

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/calendar/years/2027", body)).StatusCode);
        Assert.Equal("""{"date":"2027-02-08","isWorkingDay":false,"name":"春节"}""", await Get("/api/v1/calendar/days/2027-02-08"));
        Assert.Equal("""{"date":"2027-02-14","isWorkingDay":true,"name":"春节调休"}""", await Get("/api/v1/calendar/days/2027-02-14"));
        Assert.Equal("""{"date":"2029-06-01","isWorkingDay":true,"name":null,"provisional":true}""", await Get("/api/v1/calendar/days/2029-06-01"));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/calendar/years/2027", body)).StatusCode); // a correction replaces the year
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == "calendar:2027").Select(a => a.Action).ToListAsync());
        Assert.Equal(["calendar.year.load", "calendar.year.correct"], audit);
        using var years = JsonDocument.Parse(await Get("/api/v1/calendar/years"));
        Assert.Equal([2024, 2025, 2026, 2027], years.RootElement.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ToArray());
    }
}
