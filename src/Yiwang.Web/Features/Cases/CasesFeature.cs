using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Cases.Act;
using Yiwang.Web.Features.Cases.Read;
using Yiwang.Web.Features.Cases.Submit;
using Yiwang.Web.Features.Cases.Workbench;

namespace Yiwang.Web.Features.Cases;

internal static class CasesFeature
{
    public static IServiceCollection AddCases(this IServiceCollection services) =>
        services.AddScoped<CaseNumbers>().AddScoped<CaseScope>().AddScoped<CaseCommands>().AddScoped<Materials.GivenMaterialsReader>().AddScoped<Submit.Steps.EditDraftHandler>()
            .AddScoped<SubmitApplicationHandler>().AddScoped<Assist.AssistedApplicants>().AddScoped<ReadCaseHandler>().AddScoped<ActorNames>().AddScoped<WorkbenchHandler>()
            .AddEventHandler<CaseDeadlineRecompute>().AddEventHandler<CaseNotifications>().AddScoped<Common.Notifications.Inbox>().AddScoped<Common.Notifications.UnreadCount>().AddScoped<Materials.UploadMaterialHandler>().AddScoped<Search.SearchCasesHandler>().AddScoped<Read.CaseNotices>().AddScoped<Read.CasePageHandler>()
            .AddSingleton<Submit.SubmissionBatcher>()
            .AddHostedService(sp => sp.GetRequiredService<Submit.SubmissionBatcher>());

    public static void MapCases(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        Materials.MaterialEndpoints.MapCaseMaterialForm(app);
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("", async (SubmitApplicationRequest r, SubmitApplicationHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(r, http.User, ct)).ToHttp(c => TypedResults.Created($"/api/v1/cases/{c.Number}", c)))
            .RequireAuthorization().WithName("SubmitApplication").WithSummary("申请办理（本人网上申请，或窗口帮办代办）");
        cases.MapGet("", async ([Microsoft.AspNetCore.Http.AsParameters] Search.CaseSearch s, Search.SearchCasesHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(s, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("SearchCases").WithSummary("办件查询（工作人员，按编号、申请人、事项、状态、日期）");
        cases.MapGet("/mine", async (ReadCaseHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .RequireAuthorization().WithName("MyCases").WithSummary("我的办件");
        cases.MapGet("/{number}", async (string number, ReadCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.GetAsync(number, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("GetCase").WithSummary("办件详情、时间线与期限计算说明");
        cases.MapGet("/{number}/notices/{kind}", async (string number, string kind, Read.CaseNotices notices, HttpContext http, CancellationToken ct) =>
                (await notices.RenderAsync(number, kind, $"{http.Request.Scheme}://{http.Request.Host}", http.User, ct))
                    .ToHttp(x => TypedResults.File(x.Pdf, "application/pdf", x.FileName)))
            .RequireAuthorization().WithName("CaseNotice").WithSummary("申请回执(receipt) / 受理通知书(acceptance) / 不予受理通知书(refusal) / 一次性告知书(supplement)，PDF，含进度查询二维码；决定书(decision)，电子印章签章，含核验二维码");
        Assist.AssistEndpoints.MapAssist(cases);
        cases.MapCaseActions();
        Submit.Steps.DraftEndpoints.MapDraftSteps(cases);
        Materials.MaterialEndpoints.MapCaseMaterials(cases);
        Materials.MaterialEndpoints.MapVerifyOriginal(cases);
        api.MapGet("/progress", async (string? number, string? name, ReadCaseHandler h, CancellationToken ct) =>
                (await h.ProgressAsync(number, name, ct)).ToHttp())
            .RequireRateLimiting(RateLimits.Progress).WithTags("Cases").WithName("CaseProgress").WithSummary("凭办件编号和申请人姓名查询进度（匿名，姓名脱敏）");
        api.MapGet("/messages", async (Common.Notifications.Inbox inbox, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await inbox.ListAsync(http.User, markRead: false, ct)))
            .RequireAuthorization().WithTags("Cases").WithName("Messages").WithSummary("我的站内消息");
        api.MapGet("/workbench", async (WorkbenchHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(http.User, ct)))
            .RequireAuthorization().WithTags("Cases").WithName("Workbench").WithSummary("待办：待受理、待审查、待决定、待出件");
    }
}
