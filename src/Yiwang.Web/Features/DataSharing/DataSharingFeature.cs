using Microsoft.AspNetCore.Mvc;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.DataSharing.AccessLog;
using Yiwang.Web.Features.DataSharing.Clients;
using Yiwang.Web.Features.DataSharing.Import;
using Yiwang.Web.Features.DataSharing.Share;

namespace Yiwang.Web.Features.DataSharing;

internal static class DataSharingFeature
{
    public static IServiceCollection AddDataSharing(this IServiceCollection services) => services
        .AddSingleton<DataAccessLog>().AddHostedService(sp => sp.GetRequiredService<DataAccessLog>()).AddScoped<LibraryLookup>().AddScoped<ShareHandler>().AddScoped<ImportLibraryHandler>()
        .AddScoped<ApiClientsHandler>().AddScoped<AccessLogHandler>().AddScoped<Cases.Submit.IOrganisationRegister, LegalEntityPrefill>().AddScoped<Accounts.Assurance.IPopulationRegister, PopulationCheck>().AddScoped<Accounts.LegalPersons.ILegalEntityRegister, LegalEntityCheck>().AddSingleton<LegalEntityCache>().AddScoped<CreditEntries>().AddScoped<MyDataUses.MyDataUsesHandler>().AddScoped<Console.LibraryCountsHandler>();

    public static void MapDataSharing(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        // The sharing API for department systems: authenticated by API key, not by a person's sign-in.
        var share = api.MapGroup("/share").WithTags("DataSharing").AllowAnonymous().RequireRateLimiting(Common.Http.RateLimits.Share);
        foreach (var info in BaseLibraries.All)
        {
            var library = info.Library;
            var path = library switch
            {
                BaseLibrary.Population => "/population/{key}", BaseLibrary.LegalEntity => "/legal-entities/{key}", BaseLibrary.Credit => "/credit/{key}",
                BaseLibrary.Geospatial => "/geospatial/{key}", BaseLibrary.EnterpriseData => "/enterprise-data/{key}", _ => "/licences/{key}",
            };
            share.MapGet(path, async (string key, string? fields, string? purpose, string? caseNumber, [FromHeader(Name = ApiClient.KeyHeader)] string? apiKey,
                    ShareHandler h, HttpContext http, CancellationToken ct) =>
                    (await h.HandleAsync(apiKey, library, new ShareRequest(key, fields, purpose, caseNumber), http.Connection.RemoteIpAddress?.ToString(), ct)).ToHttp())
                .WithName("Share" + library).WithSummary($"共享{info.Name}数据（部门系统凭接口密钥 {ApiClient.KeyHeader} 调用；按授权字段返回；每次调用记入数据访问日志）");
        }

        api.MapGet("/licences/mine/uses", async (MyDataUses.MyDataUsesHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .RequireAuthorization().WithTags("DataSharing").WithName("MyDataUses").WithSummary("我的数据使用记录：谁在何时为何调用了本人的证照和基础库记录");

        var libraries = api.MapGroup("/base-libraries").WithTags("DataSharing").RequireAuthorization();
        libraries.MapGet("", async (Console.LibraryCountsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("BaseLibraries").WithSummary("五大库（及企业经营数据库）及其数据量");
        libraries.MapPost("/{library}/import", async (string library, IFormFile? file, ImportLibraryHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (BaseLibraries.Find(library) is not { } info) return TypedResults.Problem($"库 {library} 不存在", statusCode: 404, title: "未找到");
                if (file is null) return OutcomeResults.Invalid("file", "请选择要导入的 .csv 或 .xlsx 文件");
                await using var s = file.OpenReadStream();
                return (await h.HandleAsync(info.Library, s, file.FileName, http.User, ct)).ToHttp();
            })
            .DisableAntiforgery().RequireAuthorization(Policy.Administration)
            .WithName("ImportBaseLibrary").WithSummary("数据归集：批量导入（.csv 或 .xlsx；逐行校验，有错则全部不导入；库的归集部门管理员或系统管理员）");

        var clients = api.MapGroup("/data-sharing/clients").WithTags("DataSharing").RequireAuthorization(Policy.PlatformAdmin);
        clients.MapGet("", async (ApiClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ApiClients").WithSummary("已授权的部门系统（接口客户端）");
        clients.MapPost("", async (CreateApiClientRequest r, ApiClientsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.CreateAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/data-sharing/clients/{v.Id}", v)))
            .WithName("CreateApiClient").WithSummary("为部门系统开通接口：按库、按字段授权，返回仅显示一次的接口密钥");
        clients.MapPost("/{id:int}/disable", async (int id, ApiClientsHandler h, HttpContext http, CancellationToken ct) => (await h.SetActiveAsync(id, false, http.User, ct)).ToHttp())
            .WithName("DisableApiClient").WithSummary("停用接口客户端");

        var log = api.MapGroup("/data-sharing/access-log").WithTags("DataSharing").RequireAuthorization();
        log.MapGet("", async ([AsParameters] AccessLogQuery q, AccessLogHandler h, HttpContext http, CancellationToken ct) => (await h.SearchAsync(q, http.User, ct)).ToHttp())
            .WithName("DataAccessLog").WithSummary("数据访问日志查询（数据归集部门查本部门的库；系统管理员、效能监察员查全部）");
        log.MapGet("/export", async ([AsParameters] AccessLogQuery q, AccessLogHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ExportAsync(q, http.User, ct)).ToHttp(b => Results.File(b, Common.Documents.Spreadsheet.ContentType, "数据访问日志.xlsx")))
            .WithName("ExportDataAccessLog").WithSummary("导出数据访问日志（.xlsx；导出行为记入审计日志）");
    }

}
