using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.EditItem;
using Yiwang.Web.Features.Catalog.Instant;
using Yiwang.Web.Features.Policies.Instant;

namespace Yiwang.Tests.Features.Policies;

/// <summary>秒批 of an item's rule: what a rule may read, and how it is checked when an item is saved.</summary>
public class InstantRuleTests
{
    private static readonly List<FormField> Fields =
    [
        new() { Key = "status", Label = "就业状态", Type = FormFieldType.Choice, Options = ["失业", "单位就业"] },
        new() { Key = "count", Label = "每月领用份数", Type = FormFieldType.Number },
        new() { Key = "id", Label = "身份证号码", Type = FormFieldType.IdNumber },
    ];

    [Fact]
    public void A_rule_reads_trusted_facts_and_form_fields_but_no_personal_numbers()
    {
        Assert.Null(ApplicationFacts.Check(new InstantRule { Rule = "age >= 16 and credit_ok and status = 失业 and count <= 100" }, Fields));
        Assert.Contains("第1个字符", ApplicationFacts.Check(new InstantRule { Rule = "salary > 1" }, Fields));
        Assert.Contains("没有“id”", ApplicationFacts.Check(new InstantRule { Rule = "id = 1" }, Fields));
        Assert.Contains("第8个字符", ApplicationFacts.Check(new InstantRule { Rule = "age >= 是" }, Fields));
        Assert.Contains("与可信数据项同名", ApplicationFacts.Check(new InstantRule { Rule = "credit_ok" }, [new() { Key = "age", Label = "年龄", Type = FormFieldType.Number }]));
        Assert.Equal("请填写秒批规则", ApplicationFacts.Check(new InstantRule { Rule = " " }, Fields));
    }

    [Fact]
    public void Answers_bind_to_their_slots_and_an_unknown_text_equals_nothing()
    {
        var values = new double[ApplicationFacts.TrustedWidth + Fields.Count];
        ApplicationFacts.Bind(Fields, new Dictionary<string, string> { ["status"] = "单位就业", ["count"] = "120", ["id"] = "430802199003071234" }, values);
        Assert.Equal((1, 120, 0), (values[ApplicationFacts.TrustedWidth], values[ApplicationFacts.TrustedWidth + 1], values[ApplicationFacts.TrustedWidth + 2]));
        Assert.Equal(-1, RuleSymbols.Known("从未出现在规则里的文字" + Guid.NewGuid()));
    }

    [Fact]
    public void The_catalog_refuses_instant_approval_for_an_item_that_cannot_be_applied_for_online()
    {
        var guide = new ServiceGuide { OnlineDepthLevel = 1, Type = ItemType.AdministrativeLicensing, InstantApproval = new InstantRule { Rule = "credit_ok" } };
        Assert.Contains(CatalogRules.Check(guide), v => v.Rule == "InstantNeedsOnline");
        guide.Type = ItemType.AdministrativePenalty;
        Assert.Contains(CatalogRules.Check(guide), v => v.Rule == "InstantNeedsGrantableItem");
    }
}

/// <summary>秒批 end to end: granted by the system within the request, or left to ordinary handling with the reason; the trace, the audit and the indicator.</summary>
public class InstantApprovalTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    public static async Task<string> ItemCodeAsync(YiwangFactory app, string name) => await app.WithDbAsync(async db =>
        (await CurrentVersions.Of(db).Select(c => new { c.Item.Code, c.Version.Guide }).ToListAsync()).First(c => c.Guide.Name == name).Code);

    private Task<InstantDecision> DecisionAsync(string number) => app.WithDbAsync(db => db.InstantDecisions.AsNoTracking().SingleAsync(d => d.CaseNumber == number));

    private Task<Case> CaseAsync(string number) => app.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Number == number));

    [Fact]
    public async Task A_qualifying_application_with_licence_materials_is_granted_by_the_system_with_its_trace()
    {
        var code = await ItemCodeAsync(app, "就业创业证申领");
        var citizen = await app.ClientAsync("citizen");
        var response = await citizen.PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { status = "失业" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = await response.ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Decided, summary.Status); // within the request

        var c = await CaseAsync(summary.Number);
        Assert.Equal((Decision.Grant, SystemGrant.Name), (c.Decision, c.DecidedBy));
        Assert.Contains(c.Events, e => e.Action == CaseAction.Accept && e.Actor == SystemGrant.Name);
        Assert.True(await app.WithDbAsync(db => db.DecisionDocuments.AnyAsync(d => d.CaseNumber == summary.Number))); // sealed as usual
        var d = await DecisionAsync(summary.Number);
        Assert.True(d.Granted);
        var trace = d.Trace;
        Assert.Contains(trace.Facts, f => f.Key == "age" && f.Value == "36周岁" && f.Source == "统一身份认证");
        Assert.Contains(trace.Facts, f => f.Key == "credit_ok" && f.Value == "是" && f.Source == "信用库");
        Assert.Contains(trace.Facts, f => f.Key == "status" && f.Value == "失业" && f.Source == "申请表");
        Assert.All(trace.Checks, x => Assert.True(x.Held));
        // The credit read is on the 数据访问日志 against the case.
        Assert.True(await app.WithDbAsync(db => db.DataAccesses.AnyAsync(a => a.CaseNumber == summary.Number && a.Library == Yiwang.Web.Features.DataSharing.BaseLibrary.Credit)));

        // 秒批占比 counts it among the period's decisions.
        var figure = await (await (await app.ClientAsync("supervisor")).GetAsync("/api/v1/indicators?from=2026-11-01&to=2026-11-30")).Content.ReadAsStringAsync();
        Assert.Contains("instant-approval-share", figure);
        var share = await app.WithDbAsync(db => db.Cases.CountAsync(x => x.DecidedBy == SystemGrant.Name));
        Assert.True(share >= 1);
    }

    [Fact]
    public async Task An_application_the_rule_does_not_hold_for_goes_to_ordinary_handling_with_the_reason()
    {
        var code = await ItemCodeAsync(app, "就业创业证申领");
        var citizen = await app.ClientAsync("citizen");
        var summary = await (await citizen.PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { status = "单位就业", employer = "张家界某公司" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, summary.Status);
        var d = await DecisionAsync(summary.Number);
        Assert.False(d.Granted);
        Assert.Contains("就业状态 单位就业，不属于 失业、灵活就业、创业", d.Reasons);
        var c = await CaseAsync(summary.Number);
        Assert.Null(c.Decision);
        Assert.Contains(c.Events, e => e.Action == CaseAction.InstantCheck && e.Detail!.StartsWith("未能秒批，转人工办理", StringComparison.Ordinal));
        // The window accepts it as any other case.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("rs-approver")).GetAsync($"/api/v1/cases/{summary.Number}")).StatusCode);
    }

    [Fact]
    public async Task Without_trusted_materials_the_application_goes_to_a_person_whichever_way_it_was_submitted()
    {
        var code = await ItemCodeAsync(app, "就业创业证申领");
        var lisi = await app.ClientAsync("lisi");
        // No licence drawn: the ID card the platform was to draw is missing.
        var direct = await (await lisi.PostJsonAsync("/api/v1/cases", new { itemCode = code, form = new { status = "失业" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, direct.Status);
        Assert.Contains("材料“申请人居民身份证”未能从电子证照库或已核验材料中调取", (await DecisionAsync(direct.Number)).Reasons);
        // A draft with the ID card uploaded (trust C), then submitted: compared after the submission commits.
        var draft = await (await lisi.PostJsonAsync("/api/v1/cases", new { itemCode = code, submit = false, form = new { status = "失业" } })).ReadAsync<CaseSummary>();
        await Applications.UploadAsync(lisi, draft.Number, "申请人居民身份证");
        Assert.Equal(HttpStatusCode.OK, (await lisi.PostJsonAsync($"/api/v1/cases/{draft.Number}/submit", new { })).StatusCode);
        var d = await DecisionAsync(draft.Number);
        Assert.False(d.Granted);
        Assert.Contains("材料“申请人居民身份证”为C级", d.Reasons);
        Assert.Equal(CaseStatus.Submitted, (await CaseAsync(draft.Number)).Status);
    }

    [Fact]
    public async Task A_firm_gets_its_invoices_at_once_within_the_rule_and_not_beyond_it()
    {
        var code = await ItemCodeAsync(app, "发票领用");
        var enterprise = await app.ClientAsync("enterprise");
        var granted = await (await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { kind = "数电普通发票", count = "50" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Decided, granted.Status);
        Assert.Contains((await DecisionAsync(granted.Number)).Trace.Facts, f => f.Key == "is_firm" && f.Value == "是");
        var many = await (await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { kind = "数电普通发票", count = "500" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, many.Status);
        Assert.Contains("每月领用份数 500，高于 100", (await DecisionAsync(many.Number)).Reasons);
        // A person cannot be a firm: the rule fails on is_firm.
        var citizen = await app.ClientAsync("citizen");
        var person = await (await citizen.PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { kind = "数电普通发票", count = "1" } })).Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"status\":\"decided\"", person, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bad_rule_is_refused_on_save_naming_the_field_and_the_position()
    {
        var code = await ItemCodeAsync(app, "就业创业证申领");
        var admin = await app.ClientAsync("admin");
        var view = await (await admin.GetAsync($"/api/v1/items/{code}")).ReadAsync<Yiwang.Web.Features.Catalog.GetItem.ItemGuideView>();
        var guide = view.Guide;
        guide.InstantApproval = new InstantRule { Rule = "age >= 16 and salary > 3000" };
        var problem = await Problem.ReadAsync(await admin.PutJsonAsync($"/api/v1/items/{code}/draft", new SaveDraftRequest(guide, view.Concurrency)), HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors["instantApproval.rule"], m => m.Contains("第15个字符") && m.Contains("salary"));
    }
}

/// <summary>抽查复核: with every grant drawn (ReviewShare 1), the department reviews it; a finding needs a note and lands on the timeline.</summary>
public class InstantReviewTests(InstantReviewTests.AllDrawn app) : IClassFixture<InstantReviewTests.AllDrawn>
{
    public sealed class AllDrawn : YiwangFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting("InstantApproval:ReviewShare", "1");
    }

    [Fact]
    public async Task The_department_reviews_a_drawn_grant_once_and_others_cannot()
    {
        var code = await InstantApprovalTests.ItemCodeAsync(app, "就业创业证申领");
        var granted = await (await (await app.ClientAsync("citizen")).PostJsonAsync("/api/v1/cases", new { itemCode = code, useLicences = true, form = new { status = "创业" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Decided, granted.Status);

        var approver = await app.ClientAsync("rs-approver");
        var list = await (await approver.GetAsync("/api/v1/instant-approvals?show=review")).ReadAsync<InstantList>();
        var row = Assert.Single(list.Rows, r => r.CaseNumber == granted.Number);
        Assert.True(row.ForReview);
        Assert.NotEmpty(row.Trace.Checks);

        var noNote = await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/instant-approvals/{granted.Number}/review", new { correct = false }), HttpStatusCode.BadRequest);
        Assert.Contains("note", noNote.Errors.Keys);
        await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/instant-approvals/{granted.Number}/review", new { }), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/instant-approvals/{granted.Number}/review", new { correct = true }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/instant-approvals")).StatusCode);

        var reviewed = await (await approver.PostJsonAsync($"/api/v1/instant-approvals/{granted.Number}/review", new { correct = false, note = "申请人实为单位就业，转经办机构核实" })).ReadAsync<InstantDecisionView>();
        Assert.False(reviewed.ReviewCorrect);
        await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/instant-approvals/{granted.Number}/review", new { correct = true }), HttpStatusCode.Conflict);
        var events = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.Action == CaseAction.InstantCheck).Select(e => e.Detail).ToListAsync());
        Assert.Contains("秒批抽查复核：有误。申请人实为单位就业，转经办机构核实", events);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "instant.review" && a.Subject == $"case:{granted.Number}")));
        // The supervisor sees it too.
        var all = await (await (await app.ClientAsync("supervisor")).GetAsync("/api/v1/instant-approvals")).ReadAsync<InstantList>();
        Assert.Contains(all.Rows, r => r.CaseNumber == granted.Number && r.ReviewCorrect == false);
    }
}
