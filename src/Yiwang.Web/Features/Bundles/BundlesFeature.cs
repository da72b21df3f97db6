using Microsoft.AspNetCore.Antiforgery;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Bundles.Apply;
using Yiwang.Web.Features.Bundles.Compose;
using Yiwang.Web.Features.Bundles.Plan;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Bundles.Window;

namespace Yiwang.Web.Features.Bundles;

internal static class BundlesFeature
{

    public static IServiceCollection AddBundles(this IServiceCollection services)
    {
        services.AddSingleton<CompiledBundles>();
        services.AddScoped<Browse.BundleSearchEntries>().AddScoped<Catalog.Search.ISearchableServices>(sp => sp.GetRequiredService<Browse.BundleSearchEntries>());
        services.AddScoped<PlanBundleHandler>().AddScoped<ComposeBundleHandler>().AddScoped<SubmitBundleHandler>().AddScoped<BundleCaseScope>()
            .AddScoped<BundleCaseHandler>().AddScoped<Cases.Read.IBundleLinks, BundleLinks>().AddScoped<BundleWindowHandler>().AddScoped<Extend.ExtendBundleHandler>().AddEventHandler<BundleProgress>().AddEventHandler<BundleNotifications>().AddEventHandler<BundleDeadlineRecompute>();
        // Bundles span departments: the 政务服务中心's system admins compose them.
        return services;
    }

    public static void MapBundles(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        app.MapBundleMaterialForm();
        var bundles = api.MapGroup("/bundles").WithTags("Bundles");
        bundles.MapGet("", async (string? lifeCycle, bool? park, PlanBundleHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(LifeCycles.FromSlug(lifeCycle), park == true, ct)))
            .WithName("ListBundles").WithSummary("一件事清单（lifeCycle=enterprise|project|person；park=true 园区版）");
        bundles.MapGet("/{code}", async (string code, PlanBundleHandler h, CancellationToken ct) => (await h.GuideAsync(code, ct)).ToHttp())
            .WithName("GetBundle").WithSummary("一件事办事指南：导办问卷与可能包含的全部事项");
        bundles.MapPost("/{code}/plan", async (string code, PlanRequest r, PlanBundleHandler h, CancellationToken ct) => (await h.PlanAsync(code, r.Answers, ct)).ToHttp())
            .WithName("PlanBundle").WithSummary("智能导办：按问卷答案生成本人的办理清单（事项、材料、表单字段、收费、承诺时限、跑动次数）");
        bundles.MapPost("", async (ComposeBundleRequest r, ComposeBundleHandler h, HttpContext http, CancellationToken ct) =>
                (await h.CreateAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/bundles/{v.Code}", v)))
            .RequireAuthorization(Policy.PlatformAdmin).WithName("CreateBundle").WithSummary("新建一件事（草稿；mergeMaterials=true 由各事项材料合并生成材料清单）");
        bundles.MapPut("/{code}/draft", async (string code, ComposeBundleRequest r, ComposeBundleHandler h, HttpContext http, CancellationToken ct) =>
                (await h.SaveDraftAsync(code, r, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.PlatformAdmin).WithName("SaveBundleDraft").WithSummary("保存一件事草稿");
        bundles.MapPost("/{code}/publish", async (string code, ComposeBundleHandler h, HttpContext http, CancellationToken ct) =>
                (await h.PublishAsync(code, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.PlatformAdmin).WithName("PublishBundle").WithSummary("发布一件事草稿（新版本）");
        api.MapPost("/items/{code}/plan", async (string code, PlanRequest r, PlanBundleHandler h, CancellationToken ct) => (await h.PlanItemAsync(code, r.Answers, ct)).ToHttp())
            .WithTags("Catalog").WithName("PlanItem").WithSummary("智能导办：按问卷答案列出单个事项需要的材料");

        var cases = api.MapGroup("/bundle-cases").WithTags("Bundles").RequireAuthorization();
        cases.MapPost("", async (SubmitBundleRequest r, SubmitBundleHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/bundle-cases/{v.Number}", v)))
            .WithName("SubmitBundle").WithSummary("一件事一次申请：生成一件事办件，并为每个可开始的事项生成所属部门的办件");
        cases.MapGet("/mine", async (BundleCaseHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .WithName("MyBundleCases").WithSummary("我的一件事");
        cases.MapGet("/queue", async (BundleWindowHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.QueueAsync(http.User, ct)))
            .WithName("BundleQueue").WithSummary("本大厅待受理、待补正、待统一出件的一件事（窗口）");
        cases.MapGet("/{number}", async (string number, BundleCaseHandler h, HttpContext http, CancellationToken ct) => (await h.GetAsync(number, http.User, ct)).ToHttp())
            .WithName("GetBundleCase").WithSummary("一件事办件：各事项进度、材料与统一时间线");
        cases.MapPost("/{number}/materials", async (string number, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? materialKey,
                BundleCaseHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return OutcomeResults.Invalid("file", "请选择要上传的文件");
                await using var s = file.OpenReadStream();
                return (await h.UploadAsync(number, materialKey, file.FileName, s, file.Length, http.User, ct)).ToHttp();
            })
            .DisableAntiforgery().WithName("UploadBundleMaterial").WithSummary("提交一件事材料（一份材料共享给需要它的各事项）");
        cases.MapPost("/{number}/resubmit", async (string number, BundleCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ResubmitAsync(number, http.User, ct)).ToHttp())
            .WithName("ResubmitBundle").WithSummary("补正后重新提交待补正的事项（申请人）");
        cases.MapPost("/{number}/accept", async (string number, AcceptBundleRequest r, BundleWindowHandler h, HttpContext http, CancellationToken ct) =>
                (await h.AcceptAsync(number, r, http.User, ct)).ToHttp())
            .WithName("AcceptBundle").WithSummary("综合窗口一次受理（可对个别事项一次性告知补正）");
        cases.MapPost("/{number}/extend", async (string number, Extend.ExtendBundleRequest r, Extend.ExtendBundleHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ExtendAsync(number, r, http.User, ct)).ToHttp())
            .WithName("ExtendBundleCase").WithSummary("一件事延期（受理大厅的政务服务中心负责人批准；一次，不超过15个工作日，法定时限届满前）");
        cases.MapPost("/{number}/deliver", async (string number, DeliverBundleRequest r, BundleWindowHandler h, HttpContext http, CancellationToken ct) =>
                (await h.DeliverAsync(number, r, http.User, ct)).ToHttp())
            .WithName("DeliverBundle").WithSummary("统一出件：全部办理结果一次送达，一件事办结");
    }

    /// <summary>The bundle case page's upload form (antiforgery-checked), returning to the page with the result.</summary>
    public static void MapBundleMaterialForm(this IEndpointRouteBuilder app) =>
        app.MapPost("/bundle-cases/{number}/materials", async (string number, HttpContext http, IAntiforgery af, BundleCaseHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files["file"];
                var outcome = file is null
                    ? Outcome<BundleMaterialView>.Invalid("file", "请选择要上传的文件")
                    : await h.UploadAsync(number, form["materialKey"], file.FileName, file.OpenReadStream(), file.Length, http.User, ct);
                var note = outcome.IsOk ? "uploaded=" + Uri.EscapeDataString(file!.FileName)
                    : "error=" + Uri.EscapeDataString(outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.SelectMany(e => e.Value)) : outcome.Message ?? "上传失败");
                return Results.Redirect($"/bundle-cases/{Uri.EscapeDataString(number)}?{note}");
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
}
