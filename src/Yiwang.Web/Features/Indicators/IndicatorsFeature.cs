using System.Globalization;
using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Indicators;

internal static class IndicatorsFeature
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) =>
        services.AddScoped<IndicatorsHandler>().AddScoped<Scopes.ScopeChoicesHandler>().AddScoped<Rollup.DailyRollup>().AddEventHandler<Rollup.DecidedDayRecount>().AddHostedService<Rollup.DailyRollupService>();

    /// <summary>
    /// Leaders, supervisors and admins see any scope; a department admin sees only their own
    /// department (also when asking for none). False when the requested scope is not theirs.
    /// </summary>
    public static bool TryScope(ClaimsPrincipal user, string? requested, out string? scope)
    {
        scope = user.Meets(Policy.Oversight) ? requested
            : user.Meets(Policy.DepartmentAdmin) && user.DepartmentId() is { } d && (requested is null || requested == $"department:{d}") ? $"department:{d}"
            : null;
        return scope is not null || requested is null;
    }

    public const string NotYourScope = "只能查看本部门的指标";

    public static void MapIndicators(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var group = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Policy.DataAndFigures);
        group.MapGet("", async (DateOnly? from, DateOnly? to, string? scope, string? format, IndicatorsHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (!TryScope(http.User, scope, out var allowed)) return Results.Problem(statusCode: 403, title: NotYourScope);
                var outcome = await h.ReportAsync(from, to, allowed, ct);
                if (!outcome.IsOk || format != "xlsx") return outcome.ToHttp();
                var r = outcome.Value!;
                return TypedResults.File(Spreadsheet.Table("改革指标", ["指标", "数值", "单位", "分子", "分母", "目标", "目标年份", "是否达标", "分子口径", "分母口径", "依据"],
                    r.Indicators.Select(i => (IReadOnlyList<object?>)[i.Name, Shown(i.Value, i.Unit), i.Unit, i.Numerator, i.Denominator, Shown(i.Target, i.Unit), i.TargetYear,
                        i.Met, i.NumeratorDefinition, i.DenominatorDefinition, i.Basis])), Spreadsheet.ContentType, $"改革指标-{r.ScopeLabel}-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.xlsx");
            })
            .WithName("Indicators").WithSummary("改革指标：数值、分子、分母、目标（from、to 为日期，scope 为 city / division:区划代码 / department:部门编号 / hall:大厅编号 / window:窗口编号 / staff:用户名（大厅、窗口、人员按受理或决定的办件统计）；format=xlsx 导出）");
        group.MapGet("/{key}/records", async (string key, DateOnly? from, DateOnly? to, string? scope, string? format, IndicatorsHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (!TryScope(http.User, scope, out var allowed)) return Results.Problem(statusCode: 403, title: NotYourScope);
                var outcome = await h.RecordsAsync(key, from, to, allowed, ct);
                if (!outcome.IsOk || format != "xlsx") return outcome.ToHttp();
                var r = outcome.Value!;
                return TypedResults.File(Spreadsheet.Table(r.Indicator.Name.Length > 30 ? r.Indicator.Name[..30] : r.Indicator.Name, ["编号", "名称", "计入分子", "说明"],
                    r.Records.Select(x => (IReadOnlyList<object?>)[x.Key, x.Title, x.Counted, x.Detail])), Spreadsheet.ContentType, $"{r.Indicator.Name}-明细.xlsx");
            })
            .WithName("IndicatorRecords").WithSummary("指标明细：构成该数值的事项、办件、红黄牌或评价");
        group.MapGet("/trend", async (DateOnly? from, DateOnly? to, string? scope, string? format, IndicatorsHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (!TryScope(http.User, scope, out var allowed)) return Results.Problem(statusCode: 403, title: NotYourScope);
                var outcome = await h.TrendAsync(from, to, allowed, ct);
                if (!outcome.IsOk || format != "xlsx") return outcome.ToHttp();
                var t = outcome.Value!;
                return TypedResults.File(Spreadsheet.Table("月度趋势", ["月份", "受理量", "办结量", "平均跑动次数", "好差评覆盖率", "好差评满意率", "红黄牌"],
                    t.Months.Select(m => (IReadOnlyList<object?>)[m.Month, m.Accepted, m.Closed, m.AverageTrips, m.RatingCoverage, m.RatingSatisfaction, m.Cards])),
                    Spreadsheet.ContentType, $"月度趋势-{t.ScopeLabel}-{t.From:yyyyMMdd}-{t.To:yyyyMMdd}.xlsx");
            })
            .WithName("IndicatorTrend").WithSummary("月度趋势：受理量、办结量、平均跑动次数、好差评覆盖率与满意率、红黄牌数（同一统计范围，按月）");
        api.MapPost("/indicators/rollup", async (Rollup.DailyRollup rollup, CancellationToken ct) => TypedResults.Ok(await rollup.RollAsync(ct)))
            .WithTags("Indicators").RequireAuthorization(Policy.PlatformAdmin)
            .WithName("IndicatorRollup").WithSummary("立即汇总：把已结束且尚未汇总（或汇总后又有变动）的日期汇总为日统计（后台每 10 分钟自动执行）");
    }

    /// <summary>A value as people read it: a percentage, a count per 100 000 cases, or a plain number.</summary>
    public static string Shown(double? value, string unit) => value is not { } v ? "—" : unit switch
    {
        "%" => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        // 红黄牌发生率: cards per 100 000 accepted cases, grouped by thousands (38,636/10万件), decimals only for small rates.
        "/10万件" => (v * 100_000) switch { >= 100 and var n => n.ToString("#,0", CultureInfo.InvariantCulture), var n => n.ToString("0.#", CultureInfo.InvariantCulture) } + "/10万件",
        _ => v.ToString("0.##", CultureInfo.InvariantCulture) + unit,
    };
}
