using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Features.Cases.Submit;

/// <summary>
/// The guided application through the API: an online submission is refused, naming each required
/// material still missing; a draft keeps its uploads and its 送达方式 and is submitted once complete.
/// </summary>
public class GuidedApplicationTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Food = DemoCases.FoodLicence; // four materials to give: 申请书, 场所证明 (or 承诺), 布局, 制度
    private const string SoleTrader = "430800-XK-0001";

    [Fact]
    public async Task Submitting_without_the_required_materials_is_refused_naming_each_and_creates_nothing()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var before = await app.WithDbAsync(db => db.Cases.CountAsync());
        var p = await Problem.ReadAsync(await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = Food }), HttpStatusCode.BadRequest);
        Assert.Equal(new[] { "materials[与食品经营相适应的主要设备设施布局、操作流程等文件]", "materials[经营场所使用证明]", "materials[食品安全管理制度文本]", "materials[食品经营许可申请书]" }
            .Order(StringComparer.Ordinal), p.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("请上传“食品经营许可申请书”", p.Errors["materials[食品经营许可申请书]"][0]);
        Assert.Equal(before, await app.WithDbAsync(db => db.Cases.CountAsync()));

        // A 告知承诺书 gives its material: that one is no longer named.
        var promised = await Problem.ReadAsync(await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = Food, commitments = new[] { "经营场所使用证明" } }), HttpStatusCode.BadRequest);
        Assert.DoesNotContain("materials[经营场所使用证明]", promised.Errors.Keys);
        Assert.Equal(3, promised.Errors.Count);

        // An item whose materials the platform draws itself (户口迁移: 身份证 from the licence library) is submitted in one go.
        var move = await (await app.ClientAsync("citizen")).PostJsonAsync("/api/v1/cases", new
        {
            itemCode = "430800-XK-0010", form = new Dictionary<string, string> { ["from"] = "张家界市永定区解放路1号", ["to"] = "张家界市武陵源区军地坪街道2号", ["reason"] = "投靠亲属" },
        });
        Assert.Equal(CaseStatus.Submitted, (await move.ReadAsync<CaseSummary>()).Status);
    }

    [Fact]
    public async Task A_draft_keeps_its_uploads_and_delivery_and_is_submitted_once_every_material_is_given()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var draft = await (await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = Food, submit = false, commitments = new[] { "经营场所使用证明" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Draft, draft.Status);
        await Applications.UploadAsync(enterprise, draft.Number, "食品经营许可申请书");
        await Applications.UploadAsync(enterprise, draft.Number, "食品安全管理制度文本");

        var refused = await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{draft.Number}/submit", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["materials[与食品经营相适应的主要设备设施布局、操作流程等文件]"], refused.Errors.Keys);
        Assert.Contains("尚缺必要材料", refused.Title);

        // 送达方式: post needs an address; a hall must serve the item; only the applicant may choose.
        var noAddress = await Problem.ReadAsync(await enterprise.PutJsonAsync($"/api/v1/cases/{draft.Number}/delivery", new { method = "Post" }), HttpStatusCode.BadRequest);
        Assert.Contains("postalAddress", noAddress.Errors.Keys);
        var county = await app.WithDbAsync(db => db.Halls.Where(h => h.Name == "慈利县政务服务中心").Select(h => h.Id).SingleAsync());
        var farHall = await Problem.ReadAsync(await enterprise.PutJsonAsync($"/api/v1/cases/{draft.Number}/delivery", new { method = "WindowPickup", pickupHallId = county }), HttpStatusCode.BadRequest);
        Assert.Contains("pickupHallId", farHall.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).PutJsonAsync($"/api/v1/cases/{draft.Number}/delivery",
            new { method = "Post", postalAddress = "张家界市永定区解放路1号" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enterprise.PutJsonAsync($"/api/v1/cases/{draft.Number}/delivery",
            new { method = "Post", postalAddress = "张家界市永定区天门路188号3栋" })).StatusCode);

        await Applications.UploadAsync(enterprise, draft.Number, "与食品经营相适应的主要设备设施布局、操作流程等文件");
        var submitted = await (await enterprise.PostJsonAsync($"/api/v1/cases/{draft.Number}/submit", new { })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, submitted.Status);
        var view = await (await (await app.ClientAsync("clerk")).GetAsync($"/api/v1/cases/{draft.Number}")).ReadAsync<CaseView>();
        Assert.Equal((DeliveryMethod.Post, "张家界市永定区天门路188号3栋"), (view.PreferredDelivery!.Value, view.PostalAddress));
        // Others in scope (the approver) see it masked.
        var approverView = await (await (await app.ClientAsync("approver")).GetAsync($"/api/v1/cases/{draft.Number}")).ReadAsync<CaseView>();
        Assert.Equal("张家界市永定区天门路18****", approverView.PostalAddress);
        // The draft's uploads are the case's: three files and the signed letter.
        var files = await (await enterprise.GetAsync($"/api/v1/cases/{draft.Number}/materials")).ReadAsync<List<Yiwang.Web.Features.Cases.Materials.MaterialView>>();
        Assert.Equal(4, files.Count);
        // The address is stored encrypted like every personal datum.
        var raw = await app.WithDbAsync(async db =>
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT \"PostalAddress\" FROM \"Cases\" WHERE \"Number\" = '{draft.Number}'";
            return (string?)await cmd.ExecuteScalarAsync();
        });
        Assert.DoesNotContain("天门路", raw);
    }

    [Fact]
    public async Task The_form_step_keeps_what_real_name_verification_filled_and_asks_for_every_required_answer()
    {
        var citizen = await app.ClientAsync("citizen");
        var draft = await (await citizen.PostJsonAsync("/api/v1/cases", new { itemCode = SoleTrader, submit = false })).ReadAsync<CaseSummary>();
        var prefilled = (await (await citizen.GetAsync($"/api/v1/cases/{draft.Number}")).ReadAsync<CaseView>()).FormData["operator_id"];
        Assert.Equal(DemoData.CitizenIdNumber, prefilled);
        var saved = await (await citizen.PutJsonAsync($"/api/v1/cases/{draft.Number}/form",
            new { form = new Dictionary<string, string> { ["name"] = "张三米粉店", ["operator_id"] = DemoData.WithCheckDigit("43080219900101002"), ["address"] = "张家界市永定区解放路66号" } })).ReadAsync<CaseSummary>();
        var view = await (await citizen.GetAsync($"/api/v1/cases/{saved.Number}")).ReadAsync<CaseView>();
        Assert.Equal(("张三米粉店", DemoData.CitizenIdNumber), (view.FormData["name"], view.FormData["operator_id"]));
        var wrong = await Problem.ReadAsync(await citizen.PutJsonAsync($"/api/v1/cases/{draft.Number}/form",
            new { form = new Dictionary<string, string> { ["address"] = "解放路" } }), HttpStatusCode.BadRequest);
        Assert.Contains("form.address", wrong.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("enterprise")).PutJsonAsync($"/api/v1/cases/{draft.Number}/form",
            new { form = new Dictionary<string, string> { ["name"] = "冒名" } })).StatusCode);
    }

    [Fact]
    public async Task A_self_declared_account_keeps_a_draft_but_cannot_submit_it()
    {
        var anonymous = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostJsonAsync("/api/v1/accounts",
            new { kind = "NaturalPerson", userName = "guided-l1", password = DemoData.Password, name = "赵敏", idNumber = DemoData.WithCheckDigit("43080219950505052"), phone = "13900005555" })).StatusCode);
        var l1 = await app.ClientAsync("guided-l1");
        var draft = await (await l1.PostJsonAsync("/api/v1/cases", new { itemCode = SoleTrader, submit = false })).ReadAsync<CaseSummary>();
        await Applications.UploadAsync(l1, draft.Number, "经营场所使用证明");
        var p = await Problem.ReadAsync(await l1.PostJsonAsync($"/api/v1/cases/{draft.Number}/submit", new { }), HttpStatusCode.Forbidden);
        Assert.Contains("L2", p.Detail);
    }
}
