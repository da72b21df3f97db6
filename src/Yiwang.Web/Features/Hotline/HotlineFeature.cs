using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Hotline.Handle;
using Yiwang.Web.Features.Hotline.Read;
using Yiwang.Web.Features.Hotline.Submit;

namespace Yiwang.Web.Features.Hotline;

internal sealed record CategoryView(string Code, string Name, string? ParentCode, int? DefaultDepartmentId);

/// <summary>12345 政务服务便民热线 (接诉即办): tickets from every channel, their handling and their timeline.</summary>
internal static class HotlineFeature
{
    public static IServiceCollection AddHotline(this IServiceCollection services) =>
        services.AddSingleton<TicketLimits>().AddScoped<TicketNumbers>().AddScoped<SubmitTicketHandler>().AddScoped<TicketsQuery>().AddScoped<TicketActionsHandler>();

    public static void MapHotline(this IEndpointRouteBuilder app)
    {
        var api = app.Api().MapGroup("/tickets").WithTags("Hotline");
        api.MapGet("/categories", async (YiwangDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.TicketCategories.AsNoTracking().OrderBy(c => c.Order).Select(c => new CategoryView(c.Code, c.Name, c.ParentCode, c.DefaultDepartmentId)).ToListAsync(ct)))
            .AllowAnonymous().WithName("TicketCategories").WithSummary("诉求分类（派单目录：每类的默认主办单位）");
        api.MapPost("", async (SubmitTicketRequest r, SubmitTicketHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/tickets/{v.Number}", v)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Search).WithName("SubmitTicket")
            .WithSummary("提交诉求：话务员受理来电、信件和转办件；窗口登记办不成事；群众在网站留言或写信给市长信箱（可匿名）；企业经政企通反映");
        api.MapGet("", async (TicketStatus? status, int? page, TicketsQuery q, HttpContext http, CancellationToken ct) => (await q.ListAsync(status, page ?? 1, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("ListTickets").WithSummary("工单队列：热线中心看全部（政企通、办不成事优先，临期在前），承办单位看本单位主办的，诉求人看自己的");
        api.MapGet("/{number}", async (string number, TicketsQuery q, HttpContext http, CancellationToken ct) => (await q.ReadAsync(number, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("GetTicket").WithSummary("一件工单：诉求、派单、时限（含计算说明）、答复、回访和全过程记录（举报人信息仅热线中心可见）");
        api.MapPost("/{number}/answer", (string number, AnswerTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.AnswerAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("AnswerTicket").WithSummary("直接答复办结（咨询类，热线中心）");
        api.MapPost("/{number}/dispatch", (string number, DispatchTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.DispatchAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("DispatchTicket").WithSummary("派单：主办单位和协办单位（热线中心）");
        api.MapPost("/{number}/sign", (string number, DecideExtensionRequest? r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.SignAsync(number, r?.Concurrency, http.User, ct)))
            .RequireAuthorization().WithName("SignTicket").WithSummary("签收（主办单位）");
        api.MapPost("/{number}/return", (string number, ReturnTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ReturnAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("ReturnTicket").WithSummary("退单：派单后1个工作日内，写明理由（主办单位）");
        api.MapPost("/{number}/extension", (string number, ExtendTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ExtendAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("RequestTicketExtension").WithSummary("申请延期（主办单位）");
        api.MapPost("/{number}/extension/decide", (string number, DecideExtensionRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.DecideExtensionAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("DecideTicketExtension").WithSummary("审批延期（热线中心）");
        api.MapPost("/{number}/reply", (string number, ReplyTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ReplyAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("ReplyTicket").WithSummary("回复办理情况（主办单位；经热线中心审核后告知诉求人）");
        api.MapPost("/{number}/review", (string number, ReviewTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ReviewAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("ReviewTicketReply").WithSummary("回复审核：通过或退回重办（热线中心）");
        api.MapPost("/{number}/callback", (string number, CallbackTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.CallbackAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("CallbackTicket").WithSummary("回访：是否解决、满意度，办结（热线中心）");
        api.MapPost("/{number}/reopen", (string number, ReopenTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ReopenAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("ReopenTicket").WithSummary("重办：回访未解决或不满意的，重办一次（热线中心）");
        api.MapPost("/{number}/reclassify", (string number, ReclassifyTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.ReclassifyAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("ReclassifyTicket").WithSummary("改变诉求类型（派单前，热线中心）");
    }

    private static async Task<IResult> Run(Task<Outcome<TicketView>> outcome) => (await outcome).ToHttp();
}
