using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Catalog.FormTemplates;

/// <summary>GET /api/v1/items/{code}/forms/{blank|sample}: the 申请表 as a blank form or a filled example (PDF, anonymous).</summary>
internal static class FormTemplateEndpoints
{
    public static void MapFormTemplates(this RouteGroupBuilder api) =>
        api.MapGet("/items/{code}/forms/{kind}", async Task<IResult> (string code, string kind, FormTemplateHandler h, HttpContext http, CancellationToken ct) =>
            {
                var which = FormTemplateKinds.Parse(kind);
                if (which is null) return OutcomeResults.Invalid("kind", FormTemplateKinds.Refusal);
                var outcome = await h.RenderAsync(code, which.Value, $"{http.Request.Scheme}://{http.Request.Host}", ct);
                return outcome.ToHttp(x => TypedResults.File(x.Pdf, "application/pdf", x.FileName));
            })
            .WithTags("Catalog").WithName("FormTemplate").WithSummary("表格下载（blank，空白申请表）与示例样表（sample），PDF，由事项的申请表生成");
}
