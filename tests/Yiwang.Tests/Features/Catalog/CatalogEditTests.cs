using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.EditItem;
using Yiwang.Web.Features.Catalog.GetItem;
using Yiwang.Web.Features.Catalog.PublishItem;
using Yiwang.Web.Features.Catalog.SearchItems;

namespace Yiwang.Tests.Features.Catalog;

/// <summary>Department admins edit and publish their own items; the public sees each version in turn.</summary>
public class CatalogEditTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string MarketItem = "430800-XK-0005"; // 食品经营许可, 市市场监管局
    private const string PoliceItem = "430800-XK-0012"; // 普通护照签发, 市公安局

    private async Task<ItemGuideView> Current(HttpClient c, string code) => await (await c.GetAsync($"/api/v1/items/{code}")).ReadAsync<ItemGuideView>();

    private async Task<int> DepartmentId(string name) =>
        await app.WithDbAsync(db => Task.FromResult(db.Departments.Single(d => d.Name == name).Id));

    [Fact]
    public async Task Department_admin_edits_and_publishes_and_the_public_sees_the_new_version()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var anon = await app.ClientAsync();
        var before = await Current(anon, MarketItem);
        var guide = before.Guide;
        guide.PromisedLimitDays = 4;
        guide.Steps = [new() { Name = "受理", Days = 1 }, new() { Name = "审查", Days = 2 }, new() { Name = "决定", Days = 1 }];
        guide.Keywords.Add("小餐馆");

        var saved = await (await admin.PutJsonAsync($"/api/v1/items/{MarketItem}/draft", new SaveDraftRequest(guide, before.Concurrency))).ReadAsync<DraftSaved>();
        Assert.Empty(saved.PublishBlockers);
        Assert.Equal(6, (await Current(anon, MarketItem)).Guide.PromisedLimitDays); // a draft changes nothing public

        var published = await (await admin.PostAsync($"/api/v1/items/{MarketItem}/publish", null)).ReadAsync<Published>();
        Assert.Equal(before.VersionNo + 1, published.VersionNo);
        var after = await Current(anon, MarketItem);
        Assert.Equal(4, after.Guide.PromisedLimitDays);
        Assert.Equal(2, after.Versions.Count);
        var old = await (await anon.GetAsync($"/api/v1/items/{MarketItem}/versions/{before.VersionNo}")).ReadAsync<ItemGuideView>();
        Assert.Equal(6, old.Guide.PromisedLimitDays);
        Assert.Equal(VersionState.Superseded, old.State);
        var search = await (await anon.GetAsync("/api/v1/items?q=小餐馆")).ReadAsync<SearchItemsResponse>();
        Assert.Equal(MarketItem, search.Items[0].Code); // the search index followed the publish
    }

    [Fact]
    public async Task Department_admin_cannot_touch_another_departments_items()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var guide = (await Current(admin, PoliceItem)).Guide;
        await Problem.ReadAsync(await admin.PutJsonAsync($"/api/v1/items/{PoliceItem}/draft", new SaveDraftRequest(guide, null)), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await admin.PostAsync($"/api/v1/items/{PoliceItem}/publish", null), HttpStatusCode.Forbidden);
        var create = new CreateItemRequest("430800-XK-9001", await DepartmentId("市公安局"), guide);
        await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/items", create), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_and_other_roles_cannot_write()
    {
        var anon = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsync($"/api/v1/items/{MarketItem}/publish", null)).StatusCode);
        var clerk = await app.ClientAsync("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/v1/items/{MarketItem}/publish", null)).StatusCode);
        var citizen = await app.ClientAsync("citizen");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/v1/catalog/consistency-report")).StatusCode);
    }

    [Fact]
    public async Task Create_validates_every_field_and_rejects_duplicate_codes()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var dept = await DepartmentId("市市场监管局");
        var empty = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/items", new CreateItemRequest("bad code!", dept, new ServiceGuide())), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "code", "name", "audiences", "implementingBody", "legalBasis", "acceptanceConditions", "location", "officeHours" })
            Assert.Contains(field, empty.Errors.Keys);
        Assert.Contains("请填写事项名称", empty.Errors["name"]);

        var guide = (await Current(admin, MarketItem)).Guide;
        guide.Name = "食品经营许可（新办）";
        var dup = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/items", new CreateItemRequest(MarketItem, dept, guide)), HttpStatusCode.BadRequest);
        Assert.Contains("已存在", dup.Errors["code"][0]);

        var created = await admin.PostJsonAsync("/api/v1/items", new CreateItemRequest("430800-XK-9002", dept, guide));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var anon = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync("/api/v1/items/430800-XK-9002")).StatusCode); // unpublished
        var draft = await (await admin.GetAsync("/api/v1/items/430800-XK-9002")).ReadAsync<ItemGuideView>();
        Assert.Equal(VersionState.Draft, draft.State); // the editor sees the draft
    }

    [Fact]
    public async Task Publishing_is_refused_with_the_reasons_when_a_rule_is_broken()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var view = await Current(admin, "430800-XK-0006"); // 食品生产许可
        var guide = view.Guide;
        guide.PromisedLimitDays = 30; // legal limit is 20
        guide.IsCharged = true;
        guide.FeeBasis = null;
        await (await admin.PutJsonAsync("/api/v1/items/430800-XK-0006/draft", new SaveDraftRequest(guide, view.Concurrency))).ReadAsync<DraftSaved>();
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/items/430800-XK-0006/publish", null), HttpStatusCode.BadRequest);
        Assert.Contains("不得超过法定时限", p.Errors["promisedLimitDays"][0]);
        Assert.Contains("feeBasis", p.Errors.Keys);
        Assert.Equal(10, (await Current(await app.ClientAsync(), "430800-XK-0006")).Guide.PromisedLimitDays);

        var report = await (await admin.GetAsync("/api/v1/catalog/consistency-report")).ReadAsync<List<Yiwang.Web.Features.Catalog.Transfer.ConsistencyFinding>>();
        Assert.Contains(report, f => f.Code == "430800-XK-0006" && f.Violation.Rule == "PromisedWithinLegal");
        Assert.Contains(report, f => f.Code == "430800-XK-0007"); // the seeded broken draft
        Assert.All(report, f => Assert.Equal("市市场监管局", f.DepartmentName)); // scoped to the admin's department
    }

    [Fact]
    public async Task A_stale_edit_gets_a_conflict()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var view = await Current(admin, "430800-XK-0008");
        await (await admin.PutJsonAsync("/api/v1/items/430800-XK-0008/draft", new SaveDraftRequest(view.Guide, view.Concurrency))).ReadAsync<DraftSaved>();
        var p = await Problem.ReadAsync(await admin.PutJsonAsync("/api/v1/items/430800-XK-0008/draft", new SaveDraftRequest(view.Guide, view.Concurrency)), HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", p.Detail);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var response = await admin.PutAsync($"/api/v1/items/{MarketItem}/draft",
            new StringContent("{\"guide\": {\"type\": \"NotAType\"}}", System.Text.Encoding.UTF8, "application/json"));
        var p = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求格式有误", p.Title);
        var broken = await admin.PostAsync("/api/v1/items", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        await Problem.ReadAsync(broken, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task System_admin_edits_any_department()
    {
        var admin = await app.ClientAsync("admin");
        var view = await Current(admin, "430800-XK-0013");
        var saved = await admin.PutJsonAsync("/api/v1/items/430800-XK-0013/draft", new SaveDraftRequest(view.Guide, view.Concurrency));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }
}
