using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Common.Blobs;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Bundles.Apply;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Features.Bundles;

/// <summary>开办餐饮店一件事 through the API: one submission fans out to departments, parts wait for results, 补正 of one part, one delivery.</summary>
public class BundleFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    public static Dictionary<string, string> Answers(string area = "350", string licensed = "否") => new()
    {
        ["licensed"] = licensed, ["entity"] = "个体工商户", ["area"] = area, ["signboard"] = "否", ["gas"] = "否", ["power"] = "否", ["online"] = "否", ["staff"] = "5", ["agent"] = "否",
    };

    public static Dictionary<string, string> Form() => new()
    {
        ["shop_name"] = "张家界土家风味餐馆", ["address"] = "张家界市永定区解放路88号", ["scope"] = "餐饮服务", ["category"] = "餐饮服务经营者", ["food_items"] = "热食类食品制售",
    };

    private async Task<int> HallAsync(string name) => await app.WithDbAsync(db => db.Halls.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    private async Task<BundleCaseSummary> SubmitAsync(HttpClient applicant, string delivery = "WindowPickup", string area = "350", string licensed = "否")
    {
        var form = Form();
        if (licensed == "是") form.Remove("scope");
        var r = await applicant.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "restaurant-opening", answers = Answers(area, licensed), form, delivery, pickupHallId = await HallAsync("张家界市政务服务中心"),
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return await r.ReadAsync<BundleCaseSummary>();
    }

    private static MultipartFormDataContent File(string materialKey)
    {
        var file = new ByteArrayContent(FileKindsTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "材料.pdf" }, { new StringContent(materialKey), "materialKey" } };
    }

    private static async Task<BundleCaseView> ViewAsync(HttpClient c, string number) => await (await c.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<BundleCaseView>();

    private static async Task<CaseSummary> ActAsync(HttpClient c, string number, string action, object body)
    {
        var r = await c.PostJsonAsync($"/api/v1/cases/{number}/{action}", body);
        Assert.True(r.IsSuccessStatusCode, $"{action} {number}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.ReadAsync<CaseSummary>();
    }

    internal static async Task DecideAsync(HttpClient approver, string number)
    {
        var c = await (await approver.GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();
        var token = c.Concurrency;
        if (c.StepIndex < c.DecisionStep) token = (await ActAsync(approver, number, "pass", new { concurrency = token, opinion = "符合要求" })).Concurrency;
        await ActAsync(approver, number, "decide", new { concurrency = token, decision = "Grant", reason = "符合许可条件" });
    }

    [Fact]
    public async Task One_submission_fans_out_and_each_department_sees_only_its_own_part()
    {
        var applicant = await app.ClientAsync("citizen");
        // Already licensed: the food permit and the fire check start at once, in two departments.
        var b = await SubmitAsync(applicant, licensed: "是");
        Assert.Equal(["food", "fire"], b.Parts.Select(p => p.Key));
        var food = b.Parts.Single(p => p.Key == "food").CaseNumber!;
        var fire = b.Parts.Single(p => p.Key == "fire").CaseNumber!;

        var market = await app.ClientAsync("approver");
        var firefighters = await app.ClientAsync("xf-approver");
        Assert.Equal(HttpStatusCode.OK, (await market.GetAsync($"/api/v1/cases/{food}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/api/v1/cases/{fire}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await firefighters.GetAsync($"/api/v1/cases/{fire}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firefighters.GetAsync($"/api/v1/cases/{food}")).StatusCode);
        // Departments see their part, never the whole; another applicant neither.
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/api/v1/bundle-cases/{b.Number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("enterprise")).GetAsync($"/api/v1/bundle-cases/{b.Number}")).StatusCode);
        var workbench = await (await firefighters.GetAsync("/api/v1/cases?status=Submitted")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(food, workbench);

        // The form was asked once and mapped into each item's form.
        var foodCase = await (await applicant.GetAsync($"/api/v1/cases/{food}")).ReadAsync<CaseView>();
        Assert.Equal("张家界土家风味餐馆", foodCase.FormData["operator_name"]);
        Assert.Equal("热食类食品制售", foodCase.FormData["items"]);
        // The licence the applicant already has is asked for (no part produces it).
        Assert.Null((await ViewAsync(applicant, b.Number)).Materials.Single(m => m.Name == "营业执照").ProvidedBy);

        // A new business: the licence first, the others wait for it; the ID number is prefilled.
        b = await SubmitAsync(applicant);
        Assert.Equal(["sole", "food", "fire"], b.Parts.Select(p => p.Key));
        Assert.Null(b.Parts.Single(p => p.Key == "food").CaseNumber);
        Assert.Null(b.Parts.Single(p => p.Key == "fire").CaseNumber);
        var soleCase = await (await applicant.GetAsync($"/api/v1/cases/{b.Parts[0].CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(Yiwang.Web.Data.Seed.DemoData.CitizenIdNumber, soleCase.FormData["operator_id"]);
        var view = await ViewAsync(applicant, b.Number);
        Assert.Equal("待受理", view.StatusName);
        Assert.Equal("等待前序事项结果", view.Parts.Single(p => p.Key == "food").StatusName);
        Assert.Contains(view.Form, f => f.Label == "经营者（法定代表人）身份证号码" && f.Value.Contains("****"));
    }

    [Fact]
    public async Task A_sequential_part_waits_for_its_predecessor_and_receives_its_result()
    {
        var applicant = await app.ClientAsync("citizen");
        var b = await SubmitAsync(applicant);
        var view = await ViewAsync(applicant, b.Number);
        // One file for 经营场所使用证明 serves both the licence and the food permit.
        var premises = view.Materials.Single(m => m.Name == "经营场所使用证明");
        Assert.Equal(["个体工商户设立登记", "食品经营许可"], premises.ForItems);
        Assert.Equal("个体工商户设立登记", view.Materials.Single(m => m.Name == "营业执照").ProvidedBy);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/v1/bundle-cases/{b.Number}/materials", File(premises.Key))).StatusCode);
        var licenceKey = view.Materials.Single(m => m.Name == "营业执照").Key;
        Assert.Equal(HttpStatusCode.Conflict, (await applicant.PostAsync($"/api/v1/bundle-cases/{b.Number}/materials", File(licenceKey))).StatusCode);
        view = await ViewAsync(applicant, b.Number);

        var clerk = await app.ClientAsync("clerk");
        var accepted = await (await clerk.PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { concurrency = view.Concurrency, applicantPresent = true })).ReadAsync<BundleCaseView>();
        Assert.Equal("办理中", accepted.StatusName);
        Assert.All(accepted.Parts.Where(p => p.CaseNumber is not null), p => Assert.Equal(CaseStatus.InProgress, p.Status));

        var market = await app.ClientAsync("approver");
        await DecideAsync(market, b.Parts.Single(p => p.Key == "sole").CaseNumber!);
        view = await ViewAsync(applicant, b.Number);
        var food = view.Parts.Single(p => p.Key == "food");
        Assert.NotNull(food.CaseNumber);
        Assert.Equal(CaseStatus.InProgress, food.Status); // started and accepted at once
        var files = await (await market.GetAsync($"/api/v1/cases/{food.CaseNumber}/materials")).ReadAsync<List<MaterialView>>();
        Assert.Contains(files, f => f.MaterialName == "营业执照" && f.UploadedBy == "一件事联办" && f.Kind == Yiwang.Web.Common.Blobs.FileKind.Pdf);
        Assert.Contains(files, f => f.MaterialName == "经营场所使用证明");
        Assert.Contains(view.Timeline, t => t.Text.Contains("食品经营许可”开始办理"));
        // The licence part issued a signed 营业执照 into the applicant's wallet; it is what the food permit received.
        var wallet = await (await applicant.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>();
        Assert.Equal("张家界土家风味餐馆", wallet.Single(l => l.TypeName == "营业执照" && l.CaseNumber == b.Parts[0].CaseNumber).Fields["名称"]);

        // A decision whose successor has started cannot be recalled.
        var recall = await market.PostJsonAsync($"/api/v1/cases/{b.Parts.Single(p => p.Key == "sole").CaseNumber}/recall", new { });
        Assert.Equal(HttpStatusCode.Conflict, recall.StatusCode);
    }

    [Fact]
    public async Task One_parts_supplement_does_not_block_the_others_and_the_results_go_out_together()
    {
        var applicant = await app.ClientAsync("citizen");
        var b = await SubmitAsync(applicant, licensed: "是");
        // The fire item's own 补正 term (10 days) applies to its part, not the default.
        var fireNumber = b.Parts.Single(p => p.Key == "fire").CaseNumber;
        await app.WithDbAsync(async db =>
        {
            var part = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Cases, c => c.Number == fireNumber);
            var version = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ServiceItemVersions,
                v => v.ServiceItemId == part.ServiceItemId && v.VersionNo == part.ItemVersionNo);
            var guide = version.Guide.Copy();
            guide.TimeRules.SupplementDays = 10;
            version.Guide = guide;
            return await db.SaveChangesAsync();
        });
        var clerk = await app.ClientAsync("clerk");
        var view = await (await clerk.PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new
        {
            supplements = new Dictionary<string, string[]> { ["fire"] = ["消防设施检测报告（须加盖检测机构公章）"] },
        })).ReadAsync<BundleCaseView>();
        var fire = view.Parts.Single(p => p.Key == "fire");
        Assert.Equal(YiwangFactory.FixedToday.AddDays(10), (await (await clerk.GetAsync($"/api/v1/cases/{fire.CaseNumber}")).ReadAsync<CaseView>()).SupplementDue);
        Assert.Equal(CaseStatus.AwaitingSupplement, fire.Status);
        Assert.Equal(["消防设施检测报告（须加盖检测机构公章）"], fire.MissingMaterials);
        Assert.Equal("部分事项待补正", view.StatusName);
        // One message for the whole acceptance, naming what to supplement; none per part.
        var told = await (await applicant.GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.Contains("消防设施检测报告（须加盖检测机构公章）", Assert.Single(told, m => m.CaseNumber == b.Number && m.Title == "一件事部分事项需补正").Body);
        Assert.DoesNotContain(told, m => b.Parts.Any(p => p.CaseNumber == m.CaseNumber) && m.Title is "办件已受理" or "请补正材料");

        // The food permit goes on meanwhile.
        Assert.Equal(CaseStatus.InProgress, view.Parts.Single(p => p.Key == "food").Status);
        await DecideAsync(await app.ClientAsync("approver"), b.Parts.Single(p => p.Key == "food").CaseNumber!);

        // Individual parts are not handed out on their own.
        var decided = await (await clerk.GetAsync($"/api/v1/cases/{b.Parts.Single(p => p.Key == "food").CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostJsonAsync($"/api/v1/cases/{decided.Number}/deliver", new { concurrency = decided.Concurrency, method = "WindowPickup" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/deliver", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/v1/bundle-cases/{b.Number}/resubmit", null)).StatusCode);
        view = await (await clerk.PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { })).ReadAsync<BundleCaseView>();
        Assert.Equal(CaseStatus.InProgress, view.Parts.Single(p => p.Key == "fire").Status);
        await DecideAsync(await app.ClientAsync("xf-approver"), fire.CaseNumber!);

        view = await ViewAsync(applicant, b.Number);
        Assert.Equal("待统一出件", view.StatusName);
        var closed = await (await clerk.PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/deliver", new { applicantPresent = true })).ReadAsync<BundleCaseView>();
        Assert.Equal("办结", closed.StatusName);
        Assert.All(closed.Parts, p => Assert.Equal(CaseStatus.Closed, p.Status));
        var messages = await (await applicant.GetAsync("/api/v1/messages")).ReadAsync<List<Yiwang.Web.Common.Notifications.MessageView>>();
        Assert.Single(messages, m => m.CaseNumber == b.Number && m.Title == "一件事已办结");
    }

    [Fact]
    public async Task Electronic_delivery_closes_the_whole_when_the_last_part_is_decided()
    {
        var applicant = await app.ClientAsync("citizen");
        var b = await SubmitAsync(applicant, delivery: "Electronic", area: "100");
        Assert.Equal(["sole", "food"], b.Parts.Select(p => p.Key));
        await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { });
        var market = await app.ClientAsync("approver");
        await DecideAsync(market, b.Parts[0].CaseNumber!);
        var food = (await ViewAsync(applicant, b.Number)).Parts.Single(p => p.Key == "food").CaseNumber!;
        Assert.Equal("办理中", (await ViewAsync(applicant, b.Number)).StatusName);
        await DecideAsync(market, food);
        var view = await ViewAsync(applicant, b.Number);
        Assert.Equal("办结", view.StatusName);
        Assert.All(view.Parts, p => Assert.Equal(CaseStatus.Closed, p.Status));
    }

    [Fact]
    public async Task Bundles_are_accepted_only_from_a_comprehensive_window_seat()
    {
        var b = await SubmitAsync(await app.ClientAsync("citizen"), licensed: "是");
        // The chief approver works at the centre but has no window seat registered.
        var p = await Problem.ReadAsync(await (await app.ClientAsync("chief")).PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { }), HttpStatusCode.Forbidden);
        Assert.Contains("综合窗口", p.Detail);
        // The park's hall serves the departments stationed at its windows, not the whole city: a
        // city bundle collected elsewhere is not the park clerk's to accept.
        var park = await (await app.ClientAsync("park-clerk")).PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { });
        Assert.True(park.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, park.StatusCode.ToString());
        var view = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/bundle-cases/{b.Number}/accept", new { })).ReadAsync<BundleCaseView>();
        Assert.Equal("办理中", view.StatusName);
        var queue = await (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/bundle-cases/queue")).ReadAsync<List<BundleCaseListRow>>();
        Assert.DoesNotContain(queue, r => r.Number == b.Number); // nothing left to accept or hand out
    }

    [Fact]
    public async Task Bad_submissions_name_the_field()
    {
        var applicant = await app.ClientAsync("citizen");
        var answers = Answers();
        answers.Remove("area");
        var p = await Problem.ReadAsync(await applicant.PostJsonAsync("/api/v1/bundle-cases", new { bundleCode = "restaurant-opening", answers, form = Form() }), HttpStatusCode.BadRequest);
        Assert.Contains("answers.area", p.Errors.Keys);
        var form = Form();
        form.Remove("shop_name");
        p = await Problem.ReadAsync(await applicant.PostJsonAsync("/api/v1/bundle-cases", new { bundleCode = "restaurant-opening", answers = Answers(), form, delivery = "Post", postalAddress = "" }), HttpStatusCode.BadRequest);
        Assert.Contains("form.shop_name", p.Errors.Keys);
        Assert.Contains("postalAddress", p.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostJsonAsync("/api/v1/bundles/nothing/plan", new { answers = Answers() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("clerk")).PostJsonAsync("/api/v1/bundle-cases", new { bundleCode = "restaurant-opening", answers = Answers(), form = Form() })).StatusCode);
    }
}
