using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Supervision.Cards;
using Yiwang.Web.Features.Supervision.Rules;

namespace Yiwang.Web.Features.Supervision;

internal static class SupervisionFeature
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton<SupervisionSettings>().AddSingleton<Ratings.IRectificationTerm>(sp => sp.GetRequiredService<SupervisionSettings>());
        services.AddScoped<CardIssuer>().AddEventHandler<CaseActionCards>().AddScoped<SupervisionSweep>().AddScoped<CardsHandler>().AddScoped<RulesHandler>()
            .AddScoped<AcceptanceWatch.AcceptanceWatchHandler>();
        services.AddHostedService<SupervisionSweepService>();
        return services;
    }

    /// <summary>The 立即巡查 button of the supervision page (antiforgery-checked form post, then back to the list).</summary>
    public static void MapSupervisionForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/staff/supervision/sweep", async (HttpContext http, SupervisionSweep sweep, Microsoft.AspNetCore.Antiforgery.IAntiforgery af, CancellationToken ct) =>
        {
            if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
            var result = await sweep.RunAsync(ct);
            return Results.Redirect($"/staff/supervision?swept={result.CasesLookedAt}&raised={result.CardsRaised}");
        }).RequireAuthorization(Policy.Oversight).ExcludeFromDescription().DisableAntiforgery();

    public static void MapSupervision(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        app.MapSupervisionForms();
        var cards = api.MapGroup("/cards").WithTags("Supervision").RequireAuthorization();
        cards.MapGet("", async ([AsParameters] CardFilter f, string? format, CardsHandler h, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await h.ListAsync(f with { Page = format == "xlsx" ? 0 : Math.Max(1, f.Page) }, http.User, ct);
                if (!outcome.IsOk || format != "xlsx") return outcome.ToHttp();
                return TypedResults.File(Common.Documents.Spreadsheet.Table("红黄牌", ["牌", "规则", "办件编号", "事项", "部门", "承办人", "情况", "亮牌日期", "答复期限", "答复逾期", "状态", "原因说明", "整改措施", "处理意见"],
                    outcome.Value!.Cards.Select(k => (IReadOnlyList<object?>)[k.LevelName, k.RuleName, k.CaseNumber, k.ItemName, k.DepartmentName, k.Assignee, k.Detail,
                        k.RaisedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), k.AnswerDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        k.AnswerOverdue, k.StatusName, k.Explanation, k.Correction, k.ClosingNote])), Common.Documents.Spreadsheet.ContentType, "红黄牌.xlsx");
            })
            .WithName("Cards").WithSummary("红黄牌与预警列表（效能监察员看全部，部门看本部门；format=xlsx 导出全部符合条件的）");
        cards.MapGet("/{id:long}", async (long id, CardsHandler h, HttpContext http, CancellationToken ct) => (await h.GetAsync(id, http.User, ct)).ToHttp())
            .WithName("Card").WithSummary("一张红黄牌");
        cards.MapPost("/{id:long}/answer", async (long id, CardAnswerRequest r, CardsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.AnswerAsync(id, r, http.User, ct)).ToHttp())
            .WithName("AnswerCard").WithSummary("部门答复：原因说明与整改措施");
        cards.MapPost("/{id:long}/close", async (long id, CardDecisionRequest r, CardsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.CloseAsync(id, r, http.User, ct)).ToHttp())
            .WithName("CloseCard").WithSummary("效能监察员办结");
        cards.MapPost("/{id:long}/escalate", async (long id, CardDecisionRequest r, CardsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.EscalateAsync(id, r, http.User, ct)).ToHttp())
            .WithName("EscalateCard").WithSummary("效能监察员升级督办");

        var supervision = api.MapGroup("/supervision").WithTags("Supervision").RequireAuthorization();
        supervision.MapGet("/rules", async (RulesHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(ct)))
            .WithName("SupervisionRules").WithSummary("电子监察规则");
        supervision.MapPut("/rules", async (UpdateRulesRequest r, RulesHandler h, HttpContext http, CancellationToken ct) =>
                (await h.UpdateAsync(r, http.User, ct)).ToHttp())
            .WithName("UpdateSupervisionRules").WithSummary("设置电子监察规则（效能监察员）");
        supervision.MapGet("/acceptance-watch", async (AcceptanceWatch.AcceptanceWatchHandler h, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(http.User, ct)))
            .RequireAuthorization(Policy.DepartmentOrOversight)
            .WithName("AcceptanceWatch").WithSummary("受理时限监察：收件后第4、5个工作日仍未受理或告知补正的办件（行政许可法第三十二条）");
        supervision.MapPost("/sweep", async (SupervisionSweep sweep, CancellationToken ct) => TypedResults.Ok(await sweep.RunAsync(ct)))
            .RequireAuthorization(Policy.Oversight)
            .WithName("SupervisionSweep").WithSummary("立即巡查：按规则检查到期办件并亮牌");
    }
}
