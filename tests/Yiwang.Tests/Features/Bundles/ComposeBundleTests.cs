using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Compose;
using Yiwang.Web.Features.Bundles.Plan;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Tests.Features.Bundles;

/// <summary>An admin composes a bundle from items of several departments; versions; bad definitions are named; the portal lists it.</summary>
public class ComposeBundleTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static BundleDefinition Marriage(string name = "婚育一件事") => new()
    {
        Name = name, Summary = "结婚登记与户口迁移一次办", LifeCycle = LifeCycle.Person, Stage = "婚育", Themes = ["婚姻"],
        Questions = [new() { Key = "move", Text = "是否需要迁移户口？", Kind = QuestionKind.YesNo }, new() { Key = "agent", Text = "是否委托他人代为办理？", Kind = QuestionKind.YesNo }],
        Parts =
        [
            new() { Key = "marry", ItemCode = "430800-QR-0030" },
            new() { Key = "move", ItemCode = "430800-XK-0010", When = "move", After = ["marry"] },
        ],
        Fields =
        [
            new() { Key = "from", Label = "迁出地址", Type = Yiwang.Web.Features.Catalog.FormFieldType.Address, MapsTo = ["move.from"], When = "move" },
            new() { Key = "to", Label = "迁入地址", Type = Yiwang.Web.Features.Catalog.FormFieldType.Address, MapsTo = ["move.to"], When = "move" },
            new() { Key = "reason", Label = "迁移原因", Type = Yiwang.Web.Features.Catalog.FormFieldType.Choice, Options = ["投靠亲属", "购房落户", "工作调动", "升学", "其他"], MapsTo = ["move.reason"], When = "move" },
        ],
    };

    [Fact]
    public async Task Compose_version_and_publish()
    {
        var admin = await app.ClientAsync("admin");
        var codes = await app.WithDbAsync(async db => (await Yiwang.Web.Features.Catalog.CurrentVersions.Of(db).Select(c => new { c.Item.Code, c.Version.Guide.Name }).ToListAsync()));
        var marry = codes.Single(c => c.Name == "内地居民结婚登记").Code;
        var move = codes.First(c => c.Name == "户口迁移").Code;
        var d = Marriage();
        d.Parts[0].ItemCode = marry;
        d.Parts[1].ItemCode = move;

        var created = await admin.PostJsonAsync("/api/v1/bundles", new { code = "marriage", definition = d, mergeMaterials = true });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.ReadAsync<BundleDraftSaved>();
        Assert.Equal(1, draft.VersionNo);
        // Merged from the items: the shared ID material once, the authorization only when an agent acts.
        Assert.Equal(["marry", "move"], draft.Materials.Single(m => m.Name == "申请人居民身份证").Parts);
        Assert.Equal("agent", draft.Materials.Single(m => m.Name.StartsWith("授权委托书")).When);
        // A draft is not public.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/bundles/marriage")).StatusCode);

        var published = await (await admin.PostAsync("/api/v1/bundles/marriage/publish", null)).ReadAsync<BundleDraftSaved>();
        Assert.Equal(1, published.VersionNo);
        var plan = await (await admin.PostJsonAsync("/api/v1/bundles/marriage/plan", new { answers = new Dictionary<string, string> { ["move"] = "否", ["agent"] = "否" } })).ReadAsync<PlanView>();
        Assert.Equal(["marry"], plan.Parts.Select(p => p.Key));

        // A new draft is version 2; version 1 stays in force until it is published.
        d.Name = "婚育一件事（新版）";
        d.Parts[1].After = []; // both at once in version 2
        var v2 = await (await admin.PutJsonAsync("/api/v1/bundles/marriage/draft", new { definition = d, mergeMaterials = true })).ReadAsync<BundleDraftSaved>();
        Assert.Equal(2, v2.VersionNo);
        Assert.Equal("婚育一件事", (await (await admin.GetAsync("/api/v1/bundles/marriage")).ReadAsync<BundleGuide>()).Listing.Name);
        await admin.PostAsync("/api/v1/bundles/marriage/publish", null);
        var guide = await (await admin.GetAsync("/api/v1/bundles/marriage")).ReadAsync<BundleGuide>();
        Assert.Equal(("婚育一件事（新版）", 2), (guide.Listing.Name, guide.Listing.VersionNo));
        var lifecycle = await (await app.ClientAsync()).GetStringAsync("/lifecycle/person");
        // The 户口迁移 form's name and ID number come from the verified profile, though no bundle field asks them.
        var citizen = await app.ClientAsync("citizen");
        var submitted = await (await citizen.PostJsonAsync("/api/v1/bundle-cases", new
        {
            bundleCode = "marriage", answers = new Dictionary<string, string> { ["move"] = "是", ["agent"] = "否" }, delivery = "Electronic",
            form = new Dictionary<string, string> { ["from"] = "湖南省慈利县零阳街道东街社区12号", ["to"] = "湖南省张家界市永定区南庄坪社区8号", ["reason"] = "投靠亲属" },
        })).ReadAsync<Yiwang.Web.Features.Bundles.Apply.BundleCaseSummary>();
        var moveCase = await (await citizen.GetAsync($"/api/v1/cases/{submitted.Parts.Single(x => x.Key == "move").CaseNumber}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        Assert.Equal("张三", moveCase.FormData["name"]);
        Assert.Equal(Yiwang.Web.Data.Seed.DemoData.CitizenIdNumber, moveCase.FormData["id_number"]);
        Assert.Equal("投靠亲属", moveCase.FormData["reason"]);
        Assert.Contains("婚育一件事（新版）", lifecycle);
    }

    [Fact]
    public async Task A_bad_definition_is_named_field_by_field_and_only_system_admins_compose()
    {
        var admin = await app.ClientAsync("admin");
        var d = Marriage();
        d.Parts[0].ItemCode = "NO-SUCH-ITEM";
        d.Parts[1].When = "move = 也许";
        d.Parts[1].After = ["later"];
        d.Stage = "开办";
        var p = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/bundles", new { code = "bad-one", definition = d }), HttpStatusCode.BadRequest);
        Assert.Contains("parts[0].itemCode", p.Errors.Keys);
        Assert.Contains("parts[1].when", p.Errors.Keys);
        Assert.Contains("parts[1].after", p.Errors.Keys);
        Assert.Contains("stage", p.Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync("/api/v1/bundles", new { code = "bad code!", definition = Marriage() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("scjg-admin")).PostJsonAsync("/api/v1/bundles", new { code = "x-bundle", definition = Marriage() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/bundles/nothing/publish", null)).StatusCode);
    }

    [Fact]
    public async Task The_compose_page_round_trips_a_demo_bundle()
    {
        var form = (await app.WithDbAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ComposeBundleHandler>().EditableAsync("restaurant-opening", CancellationToken.None);
        }))!.Value.Form;
        var errors = new Dictionary<string, string[]>();
        var again = form.ToDefinition(errors);
        Assert.Empty(errors);
        var original = await app.WithDbAsync(db => db.Bundles.Include(b => b.Versions).SingleAsync(b => b.Code == "restaurant-opening"));
        var d = original.Current!.Definition;
        Assert.Equal(d.Questions.Select(q => (q.Key, q.Kind, q.Text, string.Join("、", q.Options))), again.Questions.Select(q => (q.Key, q.Kind, q.Text, string.Join("、", q.Options))));
        Assert.Equal(d.Parts.Select(p => (p.Key, p.ItemCode, p.When, string.Join(",", p.After))), again.Parts.Select(p => (p.Key, p.ItemCode, p.When, string.Join(",", p.After))));
        Assert.Equal(d.Fields.Select(f => (f.Key, f.Type, f.Required, string.Join(",", f.MapsTo), f.When, f.Prefill)), again.Fields.Select(f => (f.Key, f.Type, f.Required, string.Join(",", f.MapsTo), f.When, f.Prefill)));
        // Only the bundle's own materials are on the page; the items' are merged again on save.
        Assert.Equal(["从业人员健康证明", "网络食品经营（外卖平台）食品安全承诺书"], again.Materials.Select(m => m.Name));

        var lineErrors = new Dictionary<string, string[]>();
        BundleText.ParseQuestions("q1 | 也许 | 问题", lineErrors);
        BundleText.ParseFields("f1 | 字段 | 颜色", lineErrors);
        Assert.Contains("第 1 行", lineErrors["questionsText"][0]);
        Assert.Contains("字段类型应为", lineErrors["fieldsText"][0]);

        var page = await (await app.ClientAsync("admin")).GetStringAsync("/staff/bundles/restaurant-opening/edit");
        Assert.Contains("not licensed and entity = 个体工商户", page);
        Assert.Contains("开办餐饮店一件事", await (await app.ClientAsync("admin")).GetStringAsync("/staff/bundles"));
    }

    [Fact]
    public async Task Portal_pages_list_bundles_by_life_cycle_and_the_park_column()
    {
        var anon = await app.ClientAsync();
        var enterprise = await anon.GetStringAsync("/lifecycle/enterprise");
        foreach (var stage in new[] { "开办", "变更", "经营", "注销" }) Assert.Contains($"data-stage=\"{stage}\"", enterprise);
        Assert.Contains("企业注销一件事", enterprise);
        Assert.Contains("企业变更登记", enterprise); // an item listed at its stage
        var project = await anon.GetStringAsync("/lifecycle/project");
        Assert.Contains("项目开工一件事", project);
        Assert.Contains("建设工程竣工验收备案", project);
        var person = await anon.GetStringAsync("/lifecycle/person");
        Assert.Contains("新生儿出生一件事", person);
        Assert.Contains("身后一件事", person);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync("/lifecycle/planet")).StatusCode);
        var park = await anon.GetStringAsync("/park");
        Assert.Contains("张家界高新区政务服务中心", park);
        Assert.Contains("“一件事一次办”专窗", park);
        Assert.Contains("企业开办一件事", park);
        Assert.DoesNotContain("开办餐饮店一件事", park);
        var list = await (await anon.GetAsync("/api/v1/bundles?park=true")).ReadAsync<List<BundleListing>>();
        Assert.Equal(["enterprise-opening", "project-start"], list.Select(b => b.Code));
        Assert.Equal(6, (await (await anon.GetAsync("/api/v1/bundles")).ReadAsync<List<BundleListing>>()).Count);
        var plan = await anon.GetStringAsync("/bundles/newborn?card=%E6%98%AF&maternity=%E5%90%A6&agent=%E5%90%A6");
        Assert.Contains("我的办理清单", plan);
        Assert.Contains("由“出生医学证明办理”的办理结果自动提供，无需提交", plan);
    }
}
