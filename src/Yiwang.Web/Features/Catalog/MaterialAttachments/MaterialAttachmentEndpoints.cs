using Microsoft.AspNetCore.Antiforgery;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Catalog.MaterialAttachments;

/// <summary>
/// POST /api/v1/items/{code}/material-attachments (multipart: materialName, kind blank|sample, file; department admin),
/// GET …/material-attachments and …/{id} (anyone); the staff page's upload form posts to /items/{code}/material-attachments.
/// </summary>
internal static class MaterialAttachmentEndpoints
{
    public static void MapMaterialAttachments(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapPost("/items/{code}/material-attachments", async (string code, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? materialName,
                [Microsoft.AspNetCore.Mvc.FromForm] string? kind, MaterialAttachmentsHandler h, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return OutcomeResults.Invalid("file", "请选择要上传的文件");
                await using var s = file.OpenReadStream();
                return (await h.UploadAsync(code, materialName, kind, file.FileName, s, file.Length, http.User, ct))
                    .ToHttp(a => TypedResults.Created($"/api/v1/items/{code}/material-attachments/{a.Id}", a));
            })
            .DisableAntiforgery().RequireAuthorization().WithTags("Catalog").WithName("UploadMaterialAttachment")
            .WithSummary("上传申请材料的空白表格（blank）或示例样表（sample）：事项所属部门管理员；同类新文件替换旧文件");
        api.MapGet("/items/{code}/material-attachments", async (string code, MaterialAttachmentsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(code, ct)))
            .WithTags("Catalog").WithName("MaterialAttachments").WithSummary("事项各申请材料的表格下载与示例样表");
        api.MapGet("/items/{code}/material-attachments/{id:long}", async (string code, long id, MaterialAttachmentsHandler h, CancellationToken ct) =>
                (await h.DownloadAsync(code, id, ct)).ToHttp(x => TypedResults.File(x.Content, x.Attachment.FileKind.ContentType(), x.Attachment.FileName)))
            .WithTags("Catalog").WithName("MaterialAttachment").WithSummary("下载表格或示例样表");
        // The staff page's form (antiforgery-checked), which returns to it with the result.
        app.MapPost("/items/{code}/material-attachments", async (string code, HttpContext http, IAntiforgery af, MaterialAttachmentsHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files["file"];
                var outcome = file is null ? Outcome<MaterialAttachmentView>.Invalid("file", "请选择要上传的文件")
                    : await h.UploadAsync(code, form["materialName"], form["kind"], file.FileName, file.OpenReadStream(), file.Length, http.User, ct);
                var note = outcome.IsOk ? "attached=" + Uri.EscapeDataString($"{outcome.Value!.MaterialName}：{outcome.Value.KindName}")
                    : "error=" + Uri.EscapeDataString(outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.SelectMany(e => e.Value)) : outcome.Message ?? "上传失败");
                return Results.Redirect($"/staff/items/{Uri.EscapeDataString(code)}/attachments?{note}");
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
    }
}
