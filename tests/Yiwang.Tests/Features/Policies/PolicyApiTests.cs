using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Policies;
using Yiwang.Web.Features.Policies.Browse;
using Yiwang.Web.Features.Policies.Evaluate;
using Yiwang.Web.Features.Policies.Mine;
using Yiwang.Web.Features.Policies.Publish;
using Yiwang.Web.Features.Policies.Read;

namespace Yiwang.Tests.Features.Policies;

/// <summary>The 惠企政策清单 and the 政策计算器 through the API: public, filtered, explained.</summary>
public class PolicyCatalogTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task The_list_filters_and_a_policy_shows_its_clauses_and_parameters_in_force()
    {
        var anyone = await app.ClientAsync();
        var all = await (await anyone.GetAsync("/api/v1/policies")).ReadAsync<List<PolicySummary>>();
        Assert.Equal(12, all.Count);
        Assert.Contains(all, p => p.Title == "张家界市推进新一代信息技术与制造业融合发展奖励办法" && p.Open && p.Demo);
        var free = await (await anyone.GetAsync("/api/v1/policies?mode=NoApplication")).ReadAsync<List<PolicySummary>>();
        Assert.All(free, p => Assert.Contains("免申即享", p.Modes));
        Assert.True(free.Count is > 3 and < 12);
        var gx = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市工业和信息化局").Select(d => d.Id).SingleAsync());
        Assert.Equal(2, (await (await anyone.GetAsync($"/api/v1/policies?departmentId={gx}")).ReadAsync<List<PolicySummary>>()).Count);
        Assert.All(await (await anyone.GetAsync("/api/v1/policies?industry=农、林、牧、渔业&open=true")).ReadAsync<List<PolicySummary>>(),
            p => Assert.True(p.Industries.Count == 0 || p.Industries.Contains("农、林、牧、渔业")));

        var fusion = await (await anyone.GetAsync($"/api/v1/policies/{DemoPolicies.Fusion}")).ReadAsync<PolicyView>();
        Assert.Equal("张政办发〔2022〕9号", fusion.DocumentNumber);
        var smart = fusion.Clauses.Single(c => c.Key == "smart_factory");
        Assert.Equal((60, 40, "快申快享", "市工业和信息化局"), (smart.LegalDays, smart.PromisedDays, smart.Mode, smart.Department));
        var cap = smart.Parameters.Single(p => p.Key == "cap");
        Assert.Equal("50万元", cap.InForce);
        Assert.Equal(2, cap.History.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/policies/NOPE")).StatusCode);
    }

    [Fact]
    public async Task The_calculator_says_how_much_and_why_not_and_refuses_bad_answers_by_field()
    {
        var anyone = await app.ClientAsync();
        var facts = new Dictionary<string, string>
        {
            ["industry_section"] = "C", ["revenue"] = "3000万元", ["rd_spend"] = "380000", ["employees"] = "50", ["credit_ok"] = "是", ["high_tech"] = "否", ["established_on"] = "2015-03-01",
        };
        var r = await (await anyone.PostJsonAsync($"/api/v1/policies/{DemoPolicies.Fusion}/evaluate", new { facts })).ReadAsync<PolicyEvaluation>();
        var smart = r.Clauses.Single(c => c.Key == "smart_factory");
        Assert.True(smart.Eligible);
        Assert.Equal(38_000 * 100L, smart.AmountFen); // 38万 × 10%
        Assert.Equal("3.8万元", smart.Amount);
        var first = r.Clauses.Single(c => c.Key == "high_tech_first");
        Assert.False(first.Eligible);
        Assert.Contains("不符合：高新技术企业：否", first.WhyNot);
        Assert.Contains(first.WhyNot, w => w.StartsWith("不符合：成立日期 2015-03-01，早于", StringComparison.Ordinal));

        facts["revenue"] = "1500万元";
        var smaller = (await (await anyone.PostJsonAsync($"/api/v1/policies/{DemoPolicies.Fusion}/evaluate", new { facts })).ReadAsync<PolicyEvaluation>()).Clauses.Single(c => c.Key == "smart_factory");
        Assert.Equal(["不符合：上年度营业收入 1500万元，低于 2000万元"], smaller.WhyNot);
        Assert.Equal(["上年度营业收入不低于 2000万元"], smaller.WouldQualify);

        // Every open policy at once.
        var all = await (await anyone.PostJsonAsync("/api/v1/policies/evaluate", new { facts })).ReadAsync<List<PolicyEvaluation>>();
        Assert.Equal(12, all.Count);

        var bad = await Problem.ReadAsync(await anyone.PostJsonAsync($"/api/v1/policies/{DemoPolicies.Fusion}/evaluate",
            new { facts = new Dictionary<string, string> { ["revenue"] = "很多", ["profit"] = "1", ["established_on"] = "2015/03/01" } }), HttpStatusCode.BadRequest);
        Assert.Contains("facts.revenue", bad.Errors.Keys);
        Assert.Contains("facts.profit", bad.Errors.Keys);
        Assert.Contains("facts.established_on", bad.Errors.Keys);
        await Problem.ReadAsync(await anyone.PostJsonAsync($"/api/v1/policies/{DemoPolicies.Fusion}/evaluate", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.PostJsonAsync("/api/v1/policies/NOPE/evaluate", new { facts })).StatusCode);
    }

    [Fact]
    public async Task A_department_admin_lists_and_opens_only_its_own_policies_for_editing()
    {
        var gx = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市工业和信息化局").Select(d => d.Id).SingleAsync());
        var admin = await app.ClientAsync("gx-admin");
        var mine = await (await admin.GetAsync("/api/v1/policies/editable")).ReadAsync<List<EditablePolicy>>();
        Assert.NotEmpty(mine);
        Assert.All(mine, p => Assert.Equal(gx, p.DepartmentId));
        var opened = await (await admin.GetAsync($"/api/v1/policies/{mine[0].Code}/draft")).ReadAsync<PolicyDraft>();
        Assert.Equal(mine[0].Title, opened.Document.Title);
        Assert.NotEmpty(opened.Document.Clauses);
        var other = (await (await (await app.ClientAsync("admin")).GetAsync("/api/v1/policies/editable")).ReadAsync<List<EditablePolicy>>()).First(p => p.DepartmentId != gx);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/policies/{other.Code}/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/policies/editable")).StatusCode);
    }
}

/// <summary>政策找人: publishing and importing match every firm; a firm is told once and sees what it may get, and why.</summary>
public class PolicyMatchingTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    internal static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "企业经营数据.csv" } };
    }

    private Task<List<string>> PolicyMessagesAsync() => PolicyMessagesAsync(app);

    internal static Task<List<string>> PolicyMessagesAsync(YiwangFactory app) => app.WithDbAsync(async db =>
    {
        var enterprise = await db.Users.Where(u => u.UserName == "enterprise").Select(u => u.Id).SingleAsync();
        return await db.Messages.Where(m => m.AccountId == enterprise && m.Title == "惠企政策：您可享受").Select(m => m.Body).ToListAsync();
    });

    private static PolicyDocument Draft(int department) => new()
    {
        Title = "张家界市旅游服务企业纾困补贴（测试）", Level = PolicyLevel.City, IssuingBody = "张家界市文化旅游广电体育局", DocumentNumber = "张文旅发〔2026〕99号",
        IssuedOn = new DateOnly(2026, 11, 1), EffectiveFrom = new DateOnly(2026, 11, 1), FullText = "对旅游服务企业给予纾困补贴。", Interpretation = "按从业人数补贴。",
        Clauses =
        [
            new PolicyClause
            {
                Key = "relief", Title = "旅游服务企业纾困补贴", Benefit = BenefitKind.Subsidy, DepartmentId = department, Mode = RedemptionMode.NoApplication, LegalDays = 30, PromisedDays = 20,
                Eligibility = "industry = L72 and employees >= 50 and credit_ok", Amount = "employees * per_head", Conditions = "旅行社等旅游服务企业，从业人数50人以上。", Guide = "惠及对象：旅游服务企业。",
                Parameters = [new PolicyParameter { Key = "per_head", Label = "每人补贴", Type = Yiwang.Web.Common.Rules.RuleType.Money, Values = [new ParameterValue { From = new DateOnly(2026, 11, 1), Value = "500元" }] }],
            },
        ],
    };

    [Fact]
    public async Task Publishing_matches_every_firm_tells_the_qualifying_one_once_and_refuses_bad_rules_with_positions()
    {
        var wl = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市文化旅游广电体育局").Select(d => d.Id).SingleAsync());
        var admin = await app.ClientAsync("admin");
        // Nulls where lists and texts belong are errors by field, never a 500.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync("/api/v1/policies/TEST-NULLS/draft",
            new { departmentId = wl, document = new { title = (string?)null, clauses = new object?[] { null, new { key = "a", parameters = (object?)null, materials = new string?[] { null } } } } })).StatusCode);
        var nulls = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/policies/TEST-NULLS/publish", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("title", nulls.Errors.Keys);
        Assert.Contains("clauses[0].eligibility", nulls.Errors.Keys);
        var bad = Draft(wl);
        bad.Clauses[0].Eligibility = "industry = L72 and employees >= 50元";
        bad.Clauses[0].PromisedDays = 25;
        // A rule that mixes types is refused on save, naming the clause and the character.
        var notSaved = await Problem.ReadAsync(await admin.PutJsonAsync("/api/v1/policies/TEST-RELIEF/draft", new { departmentId = wl, document = bad }), HttpStatusCode.BadRequest);
        Assert.Contains("条款“旅游服务企业纾困补贴”的享受条件第33个字符", notSaved.Errors["clauses[0].eligibility"][0]);
        Assert.DoesNotContain("clauses[0].promisedDays", notSaved.Errors.Keys); // the rest waits for publishing
        bad.Clauses[0].Eligibility = Draft(wl).Clauses[0].Eligibility;
        bad.Clauses[0].Parameters[0].Values.Add(new ParameterValue { From = new DateOnly(2026, 12, 1), Value = "600元" });
        var overlap = await Problem.ReadAsync(await admin.PutJsonAsync("/api/v1/policies/TEST-RELIEF/draft", new { departmentId = wl, document = bad }), HttpStatusCode.BadRequest);
        Assert.Contains("时段重叠", overlap.Errors["clauses[0].parameters[0].values[1].from"][0]);
        bad.Clauses[0].Parameters[0].Values[0].Until = new DateOnly(2026, 11, 30);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync("/api/v1/policies/TEST-RELIEF/draft", new { departmentId = wl, document = bad })).StatusCode);
        var refused = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/policies/TEST-RELIEF/publish", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("三分之二", refused.Errors["clauses[0].promisedDays"][0]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync()).GetAsync("/api/v1/policies/TEST-RELIEF")).StatusCode); // a draft is not public

        // Another department's admin may not touch it.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("gx-admin")).PostJsonAsync("/api/v1/policies/TEST-RELIEF/publish", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync("/api/v1/policies/TEST-RELIEF/draft", new { document = Draft(wl) })).StatusCode);
        var published = await (await admin.PostJsonAsync("/api/v1/policies/TEST-RELIEF/publish", new { })).ReadAsync<PolicyPublished>();
        Assert.Equal(1, published.Matched.Eligible); // 天门山旅游服务: L7291, 85 people
        var told = Assert.Single(await PolicyMessagesAsync(), m => m.Contains("旅游服务企业纾困补贴"));
        Assert.True(told.Contains("预计可享受 4.25万元", StringComparison.Ordinal), told); // 85 × 500元

        var mine = await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/policies/mine")).ReadAsync<List<MyPolicy>>();
        var relief = Assert.Single(mine, m => m.PolicyCode == "TEST-RELIEF");
        Assert.True(relief.Eligible);
        Assert.Contains("从业人数 85人，高于 50", relief.Summary);

        // A new version is matched again; the firm is not told twice.
        var v2 = Draft(wl);
        v2.Clauses[0].Parameters[0].Values[0].Value = "600元";
        await admin.PutJsonAsync("/api/v1/policies/TEST-RELIEF/draft", new { document = v2 });
        Assert.Equal(2, (await (await admin.PostJsonAsync("/api/v1/policies/TEST-RELIEF/publish", new { })).ReadAsync<PolicyPublished>()).VersionNo);
        Assert.Single(await PolicyMessagesAsync(), m => m.Contains("旅游服务企业纾困补贴"));
        Assert.Equal(85 * 600 * 100L, (await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/policies/mine")).ReadAsync<List<MyPolicy>>())
            .Single(m => m.PolicyCode == "TEST-RELIEF").AmountFen);
        Assert.Equal(1, await app.WithDbAsync(db => db.PolicyMatches.CountAsync(m => m.PolicyCode == "TEST-RELIEF" && m.Eligible)));
    }
}

/// <summary>政策找人 after a library import: the firm sees what it may get, with amounts, reasons and sources, and its near misses.</summary>
public class PolicyImportMatchingTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static MultipartFormDataContent Csv(string text) => PolicyMatchingTests.Csv(text);

    private Task<List<string>> PolicyMessagesAsync() => PolicyMatchingTests.PolicyMessagesAsync(app);

    [Fact]
    public async Task Importing_operating_data_matches_again_and_the_firm_sees_what_it_may_get_and_its_near_misses()
    {
        var before = (await PolicyMessagesAsync()).Count;
        var gx = await app.ClientAsync("gx-admin");
        var imported = await gx.PostAsync("/api/v1/base-libraries/enterprise-data/import", Csv(
            "统一社会信用代码,年度,行业代码,从业人数,营业收入（万元）,纳税额（万元）,研发投入（万元）,高新技术企业,专精特新企业\n" +
            $"{DemoData.EnterpriseCreditCode},2025,L7291,85,1800,60,0,否,否\n"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var mine = await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/policies/mine")).ReadAsync<List<MyPolicy>>();
        var growth = Assert.Single(mine, m => m.ClauseKey == "tourism_growth");
        Assert.True(growth.Eligible);
        Assert.Equal(60_000 * 100L, growth.AmountFen); // 纳税 60万 × 10%
        Assert.Contains("上年度营业收入增长率 20%", growth.Summary);
        Assert.Contains(growth.Trace.Facts, f => f.Key == "tax_paid" && f.Source == "企业经营数据库" && f.AsOf == new DateOnly(2025, 12, 31));
        Assert.Equal(85 * 1000 * 100L, mine.Single(m => m.ClauseKey == "job_subsidy").AmountFen);
        Assert.Contains(mine, m => m.ClauseKey == "services_up" && m.Eligible);
        // Near misses say what is missing.
        var near = mine.Where(m => m.NearMiss).ToList();
        Assert.NotEmpty(near);
        Assert.All(near, m => Assert.NotEmpty(m.WouldQualify));
        var newly = (await PolicyMessagesAsync()).Count - before;
        Assert.Equal(mine.Count(m => m.Eligible), newly);

        // Matching again tells no one twice; the audit log has the reads.
        await gx.PostAsync("/api/v1/base-libraries/enterprise-data/import", Csv(
            "统一社会信用代码,年度,行业代码,从业人数,营业收入（万元）,纳税额（万元）,研发投入（万元）,高新技术企业,专精特新企业\n" +
            $"{DemoData.EnterpriseCreditCode},2025,L7291,86,1800,60,0,否,否\n"));
        Assert.Equal(before + newly, (await PolicyMessagesAsync()).Count);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "policy.match")) >= 2);

        // Only a firm has a 我的惠企政策; another firm's matches are not its.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/policies/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync()).GetAsync("/api/v1/policies/mine")).StatusCode);
        Assert.DoesNotContain(mine, m => m.Eligible && m.ClauseKey is "smart_factory" or "specialized_reward"); // 高新区智造科技's, not this firm's
        // An import by a department that does not own the library is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("scjg-admin")).PostAsync("/api/v1/base-libraries/enterprise-data/import", Csv("统一社会信用代码\n"))).StatusCode);
    }
}

/// <summary>The nightly match writes only what changed: a finding on the same facts keeps its trace and is marked checked today.</summary>
public class NightlyMatchTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<Yiwang.Web.Features.Policies.Matching.MatchRun> MatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Yiwang.Web.Features.Policies.Matching.PolicyMatcher>().RunAsync(null, null, "夜间比对", CancellationToken.None);
    }

    private Task<List<Yiwang.Web.Features.Policies.Matching.PolicyMatch>> RowsAsync() =>
        app.WithDbAsync(db => db.PolicyMatches.AsNoTracking().Where(m => m.CreditCode == DemoData.EnterpriseCreditCode && m.Eligible).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task An_unchanged_finding_keeps_its_trace_and_a_changed_fact_writes_a_new_one()
    {
        var first = await MatchAsync();
        var before = await RowsAsync();
        Assert.NotEmpty(before);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var second = await MatchAsync();
        Assert.Equal(first.Eligible, second.Eligible);
        var after = await RowsAsync();
        Assert.Equal(before.Select(r => r.TraceJson), after.Select(r => r.TraceJson)); // not rewritten
        Assert.All(after, r => Assert.Equal(app.Clock.GetUtcNow(), r.CheckedAt)); // but checked today

        // One more employee changes the 就业补贴 amount: that trace is written again, on today's date.
        await app.WithDbAsync(async db =>
        {
            var year = await db.EnterpriseDataRecords.Where(r => r.CreditCode == DemoData.EnterpriseCreditCode).MaxAsync(r => r.Year);
            await db.EnterpriseDataRecords.Where(r => r.CreditCode == DemoData.EnterpriseCreditCode && r.Year == year).ExecuteUpdateAsync(u => u.SetProperty(r => r.Employees, r => r.Employees + 1));
            return 0;
        });
        app.Clock.Advance(TimeSpan.FromDays(1));
        await MatchAsync();
        var changed = (await RowsAsync()).Single(r => r.ClauseKey == "job_subsidy");
        Assert.Equal(Yiwang.Web.Common.Time.ChinaTime.Today(app.Clock), changed.Trace.On);
        Assert.Equal(86 * 1000 * 100L, changed.AmountFen);
    }
}
