using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Catalog.Transfer;

internal static class TransferFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddCatalogTransfer(this IServiceCollection services) =>
        services.AddScoped<ImportCatalogHandler>().AddScoped<ExportCatalogHandler>().AddScoped<ConsistencyReportHandler>();

    public static void MapCatalogTransfer(this RouteGroupBuilder api)
    {
        api.MapGet("/catalog/export", async (string? format, ExportCatalogHandler h, CancellationToken ct) =>
                Export(await h.CurrentAsync(null, ct), format, "政务服务事项目录"))
            .WithName("ExportCatalog").WithSummary("导出事项目录（format=json 或 xlsx）");
        api.MapGet("/catalog/lists/{list}", async (string list, string? format, ExportCatalogHandler h, CancellationToken ct) =>
            {
                var l = CatalogList.Find(list);
                if (l is null) return TypedResults.Problem($"清单“{list}”不存在，可选：{string.Join('、', CatalogList.All.Select(x => x.Slug))}", statusCode: 404, title: "未找到");
                return Export(await h.CurrentAsync(l.Includes, ct), format, l.Title);
            })
            .WithName("ExportCatalogList").WithSummary("行政许可 / 公共服务 / 中介服务事项清单、权责清单（licensing, public-services, intermediary, powers）");
        api.MapPost("/catalog/import", async (IFormFile? file, bool? publish, ImportCatalogHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return OutcomeResults.Invalid("file", "请选择要导入的文件（.json 或 .xlsx）");
                if (file.Length > ImportCatalogHandler.MaxFileBytes) return OutcomeResults.Invalid("file", "文件不得超过20MB");
                await using var stream = file.OpenReadStream();
                return (await h.HandleAsync(stream, file.FileName, publish ?? false, http.User, ct)).ToHttp();
            })
            .DisableAntiforgery()
            .RequireAuthorization(Policy.Administration)
            .WithName("ImportCatalog").WithSummary("导入事项目录（全部校验通过才导入，错误按行和字段列出）");
        api.MapGet("/catalog/consistency-report", async (ConsistencyReportHandler h, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(http.User, ct)))
            .RequireAuthorization(Policy.Administration)
            .WithName("CatalogConsistencyReport").WithSummary("目录一致性检查报告");
    }

    private static IResult Export(List<CatalogRecord> records, string? format, string title) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(CatalogSpreadsheet.Write(records), Xlsx, $"{title}.xlsx")
            : TypedResults.Json(new CatalogFile { Items = records }, CatalogJson.Options);
}
