using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Features.Bundles;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Bundles.Apply;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.CrossArea;
using Yiwang.Web.Features.Indicators;

namespace Yiwang.Tests.Features.CrossArea;

/// <summary>市域通办 (any hall for items and bundles flagged so) and 跨省通办 代收代办, counted together.</summary>
public class CrossAreaTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private Task<int> HallAsync(string name) => app.WithDbAsync(db => db.Halls.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    private Task<string> ItemCodeAsync(string name) => app.WithDbAsync(async db =>
        (await Yiwang.Web.Features.Catalog.CurrentVersions.Of(db).Select(c => new { c.Item.Code, c.Version.Guide }).ToListAsync())
            .Where(c => c.Guide.Name == name).Select(c => c.Code).Order(StringComparer.Ordinal).First());

    private async Task<double> CrossAreaNumeratorAsync() =>
        (await (await (await app.ClientAsync("supervisor")).GetAsync("/api/v1/indicators")).ReadAsync<IndicatorReport>())
            .Indicators.Single(i => i.Key == IndicatorDefinitions.CrossAreaShare).Numerator;

    [Fact]
    public async Task The_park_hall_serves_the_departments_stationed_at_its_windows_not_every_city_case()
    {
        // The attack: the park's clerk refusing (不予受理) a city case that is not the park's.
        var food = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        var park = await app.ClientAsync("park-clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await park.PostJsonAsync($"/api/v1/cases/{food.Number}/refuse", new { concurrency = food.Concurrency, reason = "不属于本机关职权" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await park.PostJsonAsync($"/api/v1/cases/{food.Number}/accept", new { concurrency = food.Concurrency })).StatusCode);
        Assert.DoesNotContain(food.Number, await park.GetStringAsync("/api/v1/workbench"));
        // The city centre's clerk still serves it, and the park hall's scope is the 管委会 stationed there.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{food.Number}/accept", new { concurrency = food.Concurrency, applicantPresent = true })).StatusCode);
        var parkHall = await HallAsync(Yiwang.Web.Data.Seed.DemoOrganization.ParkHall);
        var served = await app.WithDbAsync(db => new CaseScope(db).DepartmentsServedByAsync(parkHall, default));
        var committee = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "张家界高新区管委会").Select(d => d.Id).SingleAsync());
        Assert.Equal([committee], served);
    }

    [Fact]
    public async Task A_county_hall_accepts_a_city_item_flagged_for_cross_area_handling_and_the_city_office_handles_it()
    {
        var before = await CrossAreaNumeratorAsync();
        var citizen = await app.ClientAsync("citizen");
        var county = await HallAsync("慈利县政务服务中心");
        var r = await citizen.ApplyAsync(new
        {
            itemCode = await ItemCodeAsync("户口迁移"), pickupHallId = county,
            form = new Dictionary<string, string> { ["from"] = "湖南省慈利县零阳街道东街社区12号", ["to"] = "湖南省张家界市永定区南庄坪社区8号", ["reason"] = "购房落户" },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var c = await r.ReadAsync<CaseSummary>();

        var countyClerk = await app.ClientAsync("county-clerk");
        var accepted = await countyClerk.PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency, applicantPresent = true });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        // Routed to the owning office: the city police's back office, not the county's.
        var stored = await app.WithDbAsync(db => db.Cases.SingleAsync(x => x.Number == c.Number));
        Assert.Equal(county, stored.AcceptedHallId);
        Assert.Equal(county, stored.PickupHallId);
        Assert.Equal(await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市公安局").Select(d => d.Id).SingleAsync()), stored.DepartmentId);
        Assert.Equal(before + 1, await CrossAreaNumeratorAsync());
        var view = await (await citizen.GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        Assert.Equal("慈利县政务服务中心", view.PickupHall);
        Assert.Contains("跨域通办：办理结果在哪个大厅领取", await citizen.GetStringAsync($"/apply/{await ItemCodeAsync("户口迁移")}"));

        // An item without 跨域通办 stays with the halls that serve its department.
        var food = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.PostJsonAsync($"/api/v1/cases/{food.Number}/accept", new { concurrency = food.Concurrency })).StatusCode);
        var p = await Problem.ReadAsync(await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence, pickupHallId = county }), HttpStatusCode.BadRequest);
        Assert.Contains("pickupHallId", p.Errors.Keys);
    }

    [Fact]
    public async Task A_cross_area_bundle_is_accepted_at_any_hall_and_an_ordinary_one_only_where_its_departments_are_served()
    {
        var citizen = await app.ClientAsync("citizen");
        var county = await HallAsync("慈利县政务服务中心");
        var newborn = await (await citizen.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "newborn", answers = new Dictionary<string, string> { ["card"] = "是", ["maternity"] = "否", ["agent"] = "否" },
            form = new Dictionary<string, string> { ["baby_name"] = "张小满", ["birth_date"] = "2026-11-20" }, delivery = "WindowPickup", pickupHallId = county,
        })).ReadAsync<BundleCaseSummary>();
        Assert.Equal(["cert", "hukou", "medical", "card"], newborn.Parts.Select(x => x.Key));
        var countyClerk = await app.ClientAsync("county-clerk");
        var view = await (await countyClerk.PostJsonAsync($"/api/v1/bundle-cases/{newborn.Number}/accept", new { applicantPresent = true })).ReadAsync<BundleCaseView>();
        Assert.Equal(CaseStatus.InProgress, view.Parts.Single(x => x.Key == "cert").Status);

        var restaurant = await (await citizen.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "restaurant-opening", answers = BundleFlowTests.Answers(), form = BundleFlowTests.Form(), delivery = "Electronic",
        })).ReadAsync<BundleCaseSummary>();
        Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.PostJsonAsync($"/api/v1/bundle-cases/{restaurant.Number}/accept", new { })).StatusCode);
        // Picking up at a hall that cannot handle every part is refused for an ordinary bundle.
        var p = await Problem.ReadAsync(await citizen.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "restaurant-opening", answers = BundleFlowTests.Answers(), form = BundleFlowTests.Form(), delivery = "WindowPickup", pickupHallId = county,
        }), HttpStatusCode.BadRequest);
        Assert.Contains("pickupHallId", p.Errors.Keys);
    }

    [Fact]
    public async Task A_hall_receives_a_case_for_another_province_and_tracks_its_handover_and_result()
    {
        var before = await CrossAreaNumeratorAsync();
        var clerk = await app.ClientAsync("county-clerk");
        var bad = await Problem.ReadAsync(await clerk.PostJsonAsync("/api/v1/proxy-cases", new { applicantName = "李梅", applicantIdNumber = "123", province = "火星" }), HttpStatusCode.BadRequest);
        Assert.Contains("applicantIdNumber", bad.Errors.Keys);
        Assert.Contains("province", bad.Errors.Keys);
        Assert.Contains("materials", bad.Errors.Keys);

        var id = Yiwang.Web.Data.Seed.DemoData.WithCheckDigit("50023919880808123");
        var received = await (await clerk.PostJsonAsync("/api/v1/proxy-cases", new
        {
            applicantName = "李梅", applicantIdNumber = id, applicantPhone = "13907440001", province = "重庆市", officeName = "重庆市黔江区社会保险事务中心",
            itemName = "养老保险关系转移接续", materials = new[] { "居民身份证复印件", "参保缴费凭证" },
        })).ReadAsync<ProxyCaseView>();
        Assert.Equal(ProxyStatus.Received, received.Status);
        Assert.DoesNotContain(id, received.ApplicantIdNumber); // masked
        // Encrypted at rest.
        var raw = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"ApplicantIdNumber\" AS \"Value\" FROM \"ProxyCases\" WHERE \"Number\" = {received.Number}").SingleAsync());
        Assert.DoesNotContain(id, raw);

        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/deliver", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/handover", new { })).StatusCode);
        var handed = await (await clerk.PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/handover", new { tracking = "EMS1186660001" })).ReadAsync<ProxyCaseView>();
        Assert.Equal(ProxyStatus.HandedOver, handed.Status);
        var result = await (await clerk.PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/result", new { decision = "Grant", note = "已办理转移接续，联系函编号 QJ2026-118" })).ReadAsync<ProxyCaseView>();
        Assert.Equal(ProxyStatus.ResultReceived, result.Status);
        var done = await (await clerk.PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/deliver", new { method = "WindowPickup" })).ReadAsync<ProxyCaseView>();
        Assert.Equal(ProxyStatus.Delivered, done.Status);
        Assert.Equal(4, done.Events.Count);

        // Another hall does not see it; the figure counts it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/proxy-cases/{received.Number}/deliver", new { })).StatusCode);
        Assert.DoesNotContain(await (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/proxy-cases")).ReadAsync<List<ProxyCaseView>>(), x => x.Number == received.Number);
        Assert.Equal(before + 1, await CrossAreaNumeratorAsync());
    }
}
