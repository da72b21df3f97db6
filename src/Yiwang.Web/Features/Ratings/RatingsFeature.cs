using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Ratings.RateCase;
using Yiwang.Web.Features.Ratings.Rectify;
using Yiwang.Web.Features.Ratings.Stats;

namespace Yiwang.Web.Features.Ratings;

internal static class RatingsFeature
{
    public static IServiceCollection AddRatings(this IServiceCollection services)
    {
        services.AddScoped<RateCaseHandler>().AddScoped<MyRatings.MyRatingsHandler>().AddScoped<RectificationsHandler>().AddScoped<RatingStatsHandler>().AddScoped<RatingInvitations>()
            .AddScoped<Cases.Read.ICasePanel, RatingCasePanel>();
        return services;
    }

    public static void MapRatings(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var cases = api.MapGroup("/cases/{number}/rating").WithTags("Ratings").RequireAuthorization();
        cases.MapGet("", async (string number, RatedService? service, RateCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.StateAsync(number, http.User, ct, service ?? RatedService.Case)).ToHttp())
            .WithName("CaseRating").WithSummary("办件的评价及差评整改答复（申请人可见）；service=WindowVisit：今天的窗口服务评价（窗口评价器）");
        cases.MapPost("", async (string number, RateRequest r, RateCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.RateAsync(number, r, http.User, ct)).ToHttp())
            .WithName("RateCase").WithSummary("好差评：五级评价、原因与意见；每件只评一次，提交后不能修改；service=WindowVisit 在窗口评价器上评价当天的窗口服务（每次到窗口评一次）");

        var rect = api.MapGroup("/rectifications").WithTags("Ratings").RequireAuthorization();
        rect.MapGet("", async (RectificationStatus? status, int? page, string? format, RectificationsHandler h, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await h.ListAsync(status, http.User, ct, format == "xlsx" ? 0 : Math.Max(1, page ?? 1));
                if (!outcome.IsOk || format != "xlsx") return outcome.ToHttp();
                return TypedResults.File(Common.Documents.Spreadsheet.Table("差评整改", ["办件编号", "事项", "部门", "评价", "原因", "评价意见", "整改期限", "逾期", "状态", "核实情况", "整改措施", "答复", "回访"],
                    outcome.Value!.Items.Select(x => (IReadOnlyList<object?>)[x.CaseNumber, x.ItemName, x.DepartmentName, x.LevelName, string.Join("、", x.Reasons), x.Comment,
                        x.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), x.Overdue, x.StatusName, x.Verification, x.Measures, x.Reply, x.ReturnVisit])),
                    Common.Documents.Spreadsheet.ContentType, "差评整改.xlsx");
            })
            .WithName("Rectifications").WithSummary("差评整改单（部门看本部门，效能监察员看全部；每页 50 条，page 翻页；format=xlsx 导出全部符合条件的）");
        rect.MapGet("/{id:long}", async (long id, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.GetAsync(id, http.User, ct)).ToHttp())
            .WithName("Rectification");
        rect.MapPost("/{id:long}/start", async (long id, StartRequest r, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.StartAsync(id, r, http.User, ct)).ToHttp())
            .WithName("StartRectification").WithSummary("核实情况，开始整改");
        rect.MapPost("/{id:long}/complete", async (long id, CompleteRequest r, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.CompleteAsync(id, r, http.User, ct)).ToHttp())
            .WithName("CompleteRectification").WithSummary("整改完成并答复评价人");
        rect.MapPost("/{id:long}/appeal", async (long id, AppealRequest r, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.AppealAsync(id, r, http.User, ct)).ToHttp())
            .WithName("AppealRectification").WithSummary("申诉：无效差评 / 无法整改");
        rect.MapPost("/{id:long}/appeal-decision", async (long id, AppealDecisionRequest r, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.DecideAppealAsync(id, r, http.User, ct)).ToHttp())
            .WithName("DecideRectificationAppeal").WithSummary("效能监察员审核申诉");
        rect.MapPost("/{id:long}/return-visit", async (long id, ReturnVisitRequest r, RectificationsHandler h, HttpContext http, CancellationToken ct) => (await h.ReturnVisitAsync(id, r, http.User, ct)).ToHttp())
            .WithName("ReturnVisit").WithSummary("回访评价人");

        api.MapGet("/ratings/mine", async (MyRatings.MyRatingsHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .RequireAuthorization().WithTags("Ratings").WithName("MyRatings").WithSummary("我的评价（申请人）");
        api.MapGet("/ratings/stats", async (DateOnly? from, DateOnly? to, string? format, RatingStatsHandler h, CancellationToken ct) =>
            {
                var stats = await h.HandleAsync(from, to, ct);
                if (format != "xlsx") return Results.Ok(stats);
                return TypedResults.File(Common.Documents.Spreadsheet.Table("好差评统计", ["部门", "评价数", "好评", "基本满意", "差评", "满意率(%)", "平均分", "差评已整改", "整改中"],
                    stats.Select(s => (IReadOnlyList<object?>)[s.Department, s.Ratings, s.Good, s.Fair, s.Bad, s.SatisfactionRate, s.AverageScore, s.Rectified, s.RectificationsOpen])),
                    Common.Documents.Spreadsheet.ContentType, "好差评统计.xlsx");
            })
            .WithTags("Ratings").WithName("RatingStats").WithSummary("各部门好差评统计（公开；format=xlsx 导出）");
    }
}
