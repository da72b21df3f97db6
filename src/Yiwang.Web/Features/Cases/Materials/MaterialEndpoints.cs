using Microsoft.AspNetCore.Antiforgery;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Cases.Materials;

internal static class MaterialEndpoints
{
    public static void MapCaseMaterials(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{number}/materials", async (string number, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? materialName,
                UploadMaterialHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return OutcomeResults.Invalid("file", "请选择要上传的文件");
                await using var s = file.OpenReadStream();
                return (await h.UploadAsync(number, materialName, file.FileName, s, file.Length, http.User, ct))
                    .ToHttp(m => TypedResults.Created($"/api/v1/cases/{number}/materials/{m.Id}", m));
            })
            .DisableAntiforgery().RequireAuthorization()
            .WithName("UploadMaterial").WithSummary("上传申请材料（PDF、JPG、PNG、OFD，按内容识别类型）");
        cases.MapGet("/{number}/materials", async (string number, UploadMaterialHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ListAsync(number, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("ListMaterials").WithSummary("办件的申请材料");
        cases.MapGet("/{number}/materials/{id:long}", async (string number, long id, UploadMaterialHandler h, HttpContext http, CancellationToken ct) =>
                (await h.DownloadAsync(number, id, http.User, ct)).ToHttp(x =>
                    TypedResults.File(x.Content, x.Material.Kind.ContentType(), x.Material.FileName)))
            .RequireAuthorization().WithName("DownloadMaterial").WithSummary("下载申请材料（记入审计日志）");
    }

    public static void MapVerifyOriginal(this RouteGroupBuilder cases) =>
        cases.MapPost("/{number}/materials/{id:long}/verify-original", async (string number, long id, UploadMaterialHandler h, HttpContext http, CancellationToken ct) =>
                (await h.VerifyOriginalAsync(number, id, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("VerifyOriginal").WithSummary("核验原件（窗口）：上传材料与原件一致，可信等级由C级升为B级（记入审计日志）");

    /// <summary>The case page's upload form (antiforgery-checked), which returns to the page with the result.</summary>
    public static void MapCaseMaterialForm(this IEndpointRouteBuilder app)
    {
        // The case page's 核验原件 button (antiforgery-checked), which returns to the page.
        app.MapPost("/cases/{number}/materials/{id:long}/verify-original", async (string number, long id, HttpContext http, IAntiforgery af, UploadMaterialHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var outcome = await h.VerifyOriginalAsync(number, id, http.User, ct);
                var note = outcome.IsOk ? "uploaded=" + Uri.EscapeDataString(outcome.Value!.FileName + "（原件已核验）") : "error=" + Uri.EscapeDataString(outcome.Message ?? "核验失败");
                return Results.Redirect($"/cases/{Uri.EscapeDataString(number)}?{note}");
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
        MapUploadForm(app);
    }

    private static void MapUploadForm(IEndpointRouteBuilder app) =>
        app.MapPost("/cases/{number}/materials", async (string number, HttpContext http, IAntiforgery af, UploadMaterialHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files["file"];
                var outcome = file is null
                    ? Outcome<MaterialView>.Invalid("file", "请选择要上传的文件")
                    : await h.UploadAsync(number, form["materialName"], file.FileName, file.OpenReadStream(), file.Length, http.User, ct);
                var note = outcome.IsOk ? "uploaded=" + Uri.EscapeDataString(outcome.Value!.FileName)
                    : "error=" + Uri.EscapeDataString(outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.SelectMany(e => e.Value)) : outcome.Message ?? "上传失败");
                // The guided application's materials step returns to itself; everything else to the case page.
                var back = form["back"] == "apply" ? $"/cases/{Uri.EscapeDataString(number)}/apply?step=materials&" : $"/cases/{Uri.EscapeDataString(number)}?";
                return Results.Redirect(back + note);
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
}
