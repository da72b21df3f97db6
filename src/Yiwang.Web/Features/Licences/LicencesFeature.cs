using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Licences;

internal static class LicencesFeature
{
    public static IServiceCollection AddLicences(this IServiceCollection services) => services.AddEventHandler<LicenceIssuer>().AddEventHandler<Decisions.DecisionDocuments>().AddScoped<Cases.Materials.IMaterialReuse, Reuse.MaterialReuse>()
        .AddScoped<Cases.Materials.IMaterialDocuments, Reuse.LicenceMaterialDocuments>()
        .AddScoped<Cases.Read.IDecisionNotices>(sp => sp.GetRequiredService<Decisions.DecisionDocuments>()).AddScoped<Import.ImportLicencesHandler>().AddScoped<Revoke.RevokeLicenceHandler>().AddScoped<Render.LicencePdfHandler>().AddScoped<Wallet.WalletHandler>();

    public static void MapLicences(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var licences = api.MapGroup("/licences").WithTags("Licences");
        licences.MapGet("/{id:guid}/verify", async (Guid id, LicenceIssuer issuer, CancellationToken ct) =>
                await issuer.VerifyAsync(id, ct) is { } v ? Results.Ok(v) : TypedResults.Problem("证照不存在", statusCode: 404, title: "未找到"))
            .WithName("VerifyLicence").WithSummary("核验电子证照：重算数据摘要（SM3）并验证签发部门电子印章的 SM2 签名（匿名）");
        api.MapGet("/decisions/{id:guid}/verify", async (Guid id, Decisions.DecisionDocuments decisions, CancellationToken ct) =>
                await decisions.VerifyAsync(id, ct) is { } v ? Results.Ok(v) : TypedResults.Problem("决定书不存在", statusCode: 404, title: "未找到"))
            .WithTags("Licences").WithName("VerifyDecision").WithSummary("核验决定书：重算数据摘要（SM3）并验证作出决定部门电子印章的 SM2 签名（匿名）");
        licences.MapGet("/{id:guid}/pdf", async (Guid id, Render.LicencePdfHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(id, $"{http.Request.Scheme}://{http.Request.Host}", http.User, ct)).ToHttp(doc => TypedResults.File(doc.Pdf, "application/pdf", doc.FileName)))
            .RequireAuthorization().WithName("LicencePdf").WithSummary("电子证照版式文件（PDF，含电子印章和核验二维码；持证人或发证部门）");
        licences.MapPost("/{id:guid}/revoke", async (Guid id, Revoke.RevokeLicenceRequest r, Revoke.RevokeLicenceHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(id, r, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("RevokeLicence").WithSummary("注销（吊销）电子证照（签发部门；记入审计日志；核验页显示已注销）");
        licences.MapPost("/import", async (IFormFile? file, Import.ImportLicencesHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return Common.Http.OutcomeResults.Invalid("file", "请选择要导入的 .xlsx 文件");
                await using var s = file.OpenReadStream();
                return (await h.HandleAsync(s, file.FileName, http.User, ct)).ToHttp();
            })
            .DisableAntiforgery().RequireAuthorization(Policy.Administration)
            .WithName("ImportLicences").WithSummary("批量导入已有证照（.xlsx；逐行校验，有错则全部不导入；由发证机关电子印章签名）");
        licences.MapGet("/mine", async (Wallet.WalletHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .RequireAuthorization().WithName("MyLicences").WithSummary("我的卡包：本人持有的电子证照");
    }

}
