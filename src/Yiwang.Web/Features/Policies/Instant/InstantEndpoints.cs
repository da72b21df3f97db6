using Microsoft.AspNetCore.Antiforgery;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Policies.Instant;

/// <summary>秒批 records over HTTP for the department and supervisors, and the review page's form.</summary>
internal static class InstantEndpoints
{
    public static void MapInstant(this IEndpointRouteBuilder app)
    {
        var api = app.Api().MapGroup("/instant-approvals").WithTags("Policies").RequireAuthorization();
        api.MapGet("", async (string? show, int? page, InstantReviewHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ListAsync(new InstantFilter(show, page ?? 1), http.User, ct)).ToHttp())
            .WithName("ListInstantApprovals").WithSummary("秒批（智能自动审批）比对记录：show=review 待抽查复核、granted 已秒批、manual 转人工；本部门或全部（效能监察）");
        api.MapPost("/{number}/review", async (string number, InstantReviewRequest r, InstantReviewHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ReviewAsync(number, r, http.User, ct)).ToHttp())
            .WithName("ReviewInstantApproval").WithSummary("复核一件秒批准予的办件：无误，或有误并写明问题（记入办件流程和审计日志）");
        app.MapPost("/staff/instant-approvals/{number}/review", async (string number, HttpContext http, IAntiforgery af, InstantReviewHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                bool? correct = form["correct"].ToString() switch { "yes" => true, "no" => false, _ => null };
                var outcome = await h.ReviewAsync(number, new InstantReviewRequest(correct, form["note"]), http.User, ct);
                return FormReturn.Back("/staff/instant-approvals?show=review", outcome.IsOk, outcome.IsOk ? $"{number}：已复核" : FormReturn.Message(outcome));
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
    }
}
