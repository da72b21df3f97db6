using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Cases.Submit.Steps;

/// <summary>PUT /api/v1/cases/{number}/form and /delivery: the guided application's steps on a draft (or a case returned for 补正).</summary>
internal static class DraftEndpoints
{
    public static void MapDraftSteps(this RouteGroupBuilder cases)
    {
        cases.MapPut("/{number}/form", async (string number, EditDraftFormRequest r, EditDraftHandler h, HttpContext http, CancellationToken ct) =>
                (await h.FillFormAsync(number, r, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("FillDraftForm").WithSummary("修改草稿（或待补正办件）的申请表（申请人）");
        cases.MapPut("/{number}/delivery", async (string number, ChooseDeliveryRequest r, EditDraftHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ChooseDeliveryAsync(number, r, http.User, ct)).ToHttp())
            .RequireAuthorization().WithName("ChooseDelivery").WithSummary("选择送达方式：WindowPickup（pickupHallId）、Post（postalAddress）、Electronic（申请人）");
    }
}
