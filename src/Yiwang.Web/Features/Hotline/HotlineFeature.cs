using Microsoft.AspNetCore.Antiforgery;
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
        services.AddSingleton<TicketLimits>().AddScoped<TicketNumbers>().AddScoped<SubmitTicketHandler>().AddScoped<TicketsQuery>().AddScoped<TicketActionsHandler>()
            .AddScoped<Mailbox.MailboxQuery>();

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
        api.MapPost("/{number}/merge", (string number, MergeTicketRequest r, TicketActionsHandler h, HttpContext http, CancellationToken ct) => Run(h.MergeAsync(number, r, http.User, ct)))
            .RequireAuthorization().WithName("MergeTicket").WithSummary("合并重复诉求：同一诉求人30日内同类未办结的工单（热线中心）");
        app.Api().MapGet("/mayor-mailbox", async (Mailbox.MailboxQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(ct)))
            .AllowAnonymous().WithTags("Hotline").WithName("MayorMailbox").WithSummary("市长信箱：经来信人同意公开的来信和答复，来信和按时答复统计");
        MapPageForms(app);
    }

    /// <summary>The ticket page's forms: each action, then back to the ticket with its result.</summary>
    private static void MapPageForms(IEndpointRouteBuilder app) =>
        app.MapPost("/hotline/tickets/{number}/{*action}", async (string number, string action, HttpContext http, IAntiforgery af, TicketActionsHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                Guid? token = Guid.TryParse(form["concurrency"], out var g) ? g : null;
                bool? Flag(string key) => bool.TryParse(form[key], out var b) ? b : null;
                var user = http.User;
                var outcome = action switch
                {
                    "answer" => await h.AnswerAsync(number, new AnswerTicketRequest(form["answer"], token), user, ct),
                    "dispatch" => await h.DispatchAsync(number, new DispatchTicketRequest(int.TryParse(form["leadDepartmentId"], out var lead) ? lead : null,
                        form["coDepartmentIds"].Select(v => int.TryParse(v, out var id) ? id : 0).Where(id => id > 0).ToList(), token), user, ct),
                    "sign" => await h.SignAsync(number, token, user, ct),
                    "return" => await h.ReturnAsync(number, new ReturnTicketRequest(form["reason"], token), user, ct),
                    "extension" => await h.ExtendAsync(number, new ExtendTicketRequest(int.TryParse(form["days"], out var days) ? days : null, form["reason"], token), user, ct),
                    "extension/decide" => await h.DecideExtensionAsync(number, new DecideExtensionRequest(Flag("approve"), token), user, ct),
                    "reply" => await h.ReplyAsync(number, new ReplyTicketRequest(form["reply"], token), user, ct),
                    "review" => await h.ReviewAsync(number, new ReviewTicketRequest(Flag("adequate"), form["note"], token), user, ct),
                    "callback" => await h.CallbackAsync(number, new CallbackTicketRequest(Flag("resolved"), Enum.TryParse<Satisfaction>(form["satisfaction"], out var s) ? s : null, form["note"], token), user, ct),
                    "reopen" => await h.ReopenAsync(number, new ReopenTicketRequest(form["reason"], token), user, ct),
                    "merge" => await h.MergeAsync(number, new MergeTicketRequest(form["into"], token), user, ct),
                    _ => Outcome<TicketView>.NotFound("未知的操作"),
                };
                return FormReturn.Back($"/hotline/tickets/{Uri.EscapeDataString(number)}", outcome.IsOk, outcome.IsOk ? $"{number}：{outcome.Value!.Status}" : FormReturn.Message(outcome));
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> Run(Task<Outcome<TicketView>> outcome) => (await outcome).ToHttp();
}
