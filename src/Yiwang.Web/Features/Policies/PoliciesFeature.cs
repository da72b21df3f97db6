using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Policies.Browse;
using Yiwang.Web.Features.Policies.Evaluate;
using Yiwang.Web.Features.Policies.Matching;
using Yiwang.Web.Features.Policies.Mine;
using Yiwang.Web.Features.Policies.Publish;
using Yiwang.Web.Features.Policies.Read;

namespace Yiwang.Web.Features.Policies;

/// <summary>惠企政策 直给直兑: the policy catalog, the rules on firms' facts, 政策找人 and the 政策计算器.</summary>
internal static class PoliciesFeature
{
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddSingleton<PolicyClauses>();
        services.AddScoped<FirmFactsReader>().AddScoped<PolicyMatcher>().AddScoped<PolicyListHandler>().AddScoped<PolicyHandler>().AddScoped<EvaluateHandler>()
            .AddScoped<MyPoliciesHandler>().AddScoped<PublishPolicyHandler>().AddScoped<Redeem.RedeemHandler>().AddScoped<Apply.ApplyClauseHandler>().AddScoped<DataSharing.Import.ILibraryImported, MatchAfterImport>();
        services.AddScoped<Instant.SystemGrant>().AddScoped<Instant.InstantApprover>().AddScoped<Cases.Submit.IInstantApproval>(sp => sp.GetRequiredService<Instant.InstantApprover>())
            .AddEventHandler<Instant.InstantAfterDraft>().AddScoped<Instant.InstantReviewHandler>().AddScoped<PolicyDrafts>();
        services.AddHostedService<NightlyPolicyMatch>();
        return services;
    }

    public static void MapPolicies(this IEndpointRouteBuilder app)
    {
        Redeem.RedeemEndpoints.MapRedeem(app);
        Instant.InstantEndpoints.MapInstant(app);
        var api = app.Api().MapGroup("/policies").WithTags("Policies");
        api.MapGet("", async (PolicyLevel? level, string? industry, int? departmentId, RedemptionMode? mode, bool? open, string? q, PolicyListHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PolicyFilter(level, industry, departmentId, mode, open ?? false, q), ct)))
            .AllowAnonymous().WithName("ListPolicies").WithSummary("惠企政策清单（按层级、行业、兑现部门、兑现方式、是否在有效期内筛选）");
        api.MapGet("/mine", async (MyPoliciesHandler h, HttpContext http, CancellationToken ct) => (await h.HandleAsync(http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("MyPolicies").WithSummary("我的惠企政策：本单位可享受的政策（预计金额与依据）和差一点符合的政策");
        api.MapPost("/evaluate", async (EvaluateRequest r, EvaluateHandler h, HttpContext http, CancellationToken ct) => (await h.EvaluateAsync(null, r, http.User, ct)).ToHttp())
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimits.Search).WithName("EvaluateAllPolicies").WithSummary("政策计算器：按填写的企业情况测算全部在有效期内的政策");
        api.MapGet("/{code}", async (string code, int? version, PolicyHandler h, HttpContext http, CancellationToken ct) => (await h.HandleAsync(code, version, http.User, ct)).ToHttp())
            .AllowAnonymous().WithName("GetPolicy").WithSummary("一项惠企政策：原文、解读、条款（条件、金额、时限、参数、申兑指南）");
        api.MapPost("/{code}/evaluate", async (string code, EvaluateRequest r, EvaluateHandler h, HttpContext http, CancellationToken ct) => (await h.HandleAsync(code, r, http.User, ct)).ToHttp())
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimits.Search).WithName("EvaluatePolicy")
            .WithSummary("测算一项政策：输入企业情况（或以法人账号按本单位记录），返回是否符合、金额和完整依据（含不符合的原因）");
        api.MapPost("/{code}/clauses/{key}/apply", async (string code, string key, Apply.ApplyClauseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(code, key, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/cases/{v.CaseNumber}", v)))
            .RequireAuthorization().WithName("ApplyPolicyClause")
            .WithSummary("快申快享：一次申报（按本单位数据预审，不符合的说明原因），生成兑现部门的办件，承诺时限为条款的承诺兑现时限");
        api.MapGet("/editable", async (PolicyDrafts h, HttpContext http, CancellationToken ct) => (await h.ListAsync(http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("EditablePolicies").WithSummary("本部门可编辑的惠企政策（系统管理员：全部），含现行版本和草稿");
        api.MapGet("/{code}/draft", async (string code, PolicyDrafts h, HttpContext http, CancellationToken ct) => (await h.OpenAsync(code, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("GetPolicyDraft").WithSummary("编辑中的政策：有草稿取草稿，否则取现行版本的副本");
        api.MapPut("/{code}/draft", async (string code, SavePolicyDraftRequest r, PublishPolicyHandler h, HttpContext http, CancellationToken ct) => (await h.SaveDraftAsync(code, r, http.User, ct)).ToHttp())
            .RequireAuthorization(Common.Auth.Policy.Administration).WithName("SavePolicyDraft").WithSummary("保存政策草稿（部门管理员：本部门的政策）");
        api.MapPost("/{code}/publish", async (string code, PublishPolicyHandler h, HttpContext http, CancellationToken ct) => (await h.PublishAsync(code, http.User, ct)).ToHttp())
            .RequireAuthorization(Common.Auth.Policy.Administration).WithName("PublishPolicy").WithSummary("发布政策：校验规则（条款、位置）与承诺时限（不超过法定时限三分之二），并立即比对全部企业（政策找人）");
    }
}
