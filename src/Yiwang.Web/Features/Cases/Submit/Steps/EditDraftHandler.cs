using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Submit.Steps;

/// <summary>The applicant changes a draft's 申请表 answers (every required one answered, each valid).</summary>
internal sealed record EditDraftFormRequest(Guid? Concurrency, Dictionary<string, string>? Form);

/// <summary>The applicant chooses 送达方式: WindowPickup at PickupHallId, Post to PostalAddress, or Electronic.</summary>
internal sealed record ChooseDeliveryRequest(Guid? Concurrency, DeliveryMethod? Method, int? PickupHallId, string? PostalAddress);

/// <summary>
/// The steps of the guided application work on the applicant's draft: its answers and its 送达方式
/// (the materials are uploaded to it; the last step submits it through <see cref="Act.CaseActions.Submit"/>).
/// A case returned for 补正 may change them too.
/// </summary>
internal sealed class EditDraftHandler(YiwangDb db, CaseCommands commands, CaseScope scope, Materials.GivenMaterialsReader versions)
{
    public async Task<Outcome<CaseSummary>> FillFormAsync(string number, EditDraftFormRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await OwnAsync(number, user, ct);
        var fields = c is null ? null : (await versions.GuideAsync(c, ct))?.FormFields;
        if (c is null || fields is null) return Outcome<CaseSummary>.NotFound($"办件 {number} 不存在");
        var answers = new Dictionary<string, string>(r.Form ?? [], StringComparer.Ordinal);
        // What 实名认证 filled stays as it was.
        foreach (var f in fields.Where(ApplicationForm.FromIdentity))
            if (c.FormData.TryGetValue(f.Key, out var held) && !string.IsNullOrEmpty(held)) answers[f.Key] = held;
        // Going on to the next step needs every required answer (保存草稿 on the first page keeps an incomplete one).
        var errors = ApplicationForm.Validate(fields, answers);
        if (errors.Count > 0) return Outcome<CaseSummary>.Invalid(errors, "申请表填写有误");
        return await commands.RunAsync(number, r.Concurrency, CaseRole.Applicant, user,
            (x, _, _) => x.FillForm(ApplicationForm.Clean(fields, answers), complete: true), ct);
    }

    public async Task<Outcome<CaseSummary>> ChooseDeliveryAsync(string number, ChooseDeliveryRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (r.Method is not { } method) return Outcome<CaseSummary>.Invalid("method", "请选择送达方式");
        if (SubmitApplicationHandler.DeliveryProblem(method, r.PostalAddress) is { } p)
            return Outcome<CaseSummary>.Invalid(p.Field, p.Message);
        var c = await OwnAsync(number, user, ct);
        // Only the applicant's own case: anyone else learns nothing of it, not even from a validation answer.
        if (c is null) return Outcome<CaseSummary>.NotFound($"办件 {number} 不存在");
        if (method == DeliveryMethod.WindowPickup)
        {
            if (r.PickupHallId is not { } hall) return Outcome<CaseSummary>.Invalid("pickupHallId", "请选择领取大厅");
            if (!await scope.MayCollectAtAsync(hall, c.DepartmentId, c.CrossRegion, ct))
                return Outcome<CaseSummary>.Invalid("pickupHallId", "该大厅不能办理本事项，请选择列出的大厅");
        }
        return await commands.RunAsync(number, r.Concurrency, CaseRole.Applicant, user,
            (x, _, _) => x.ChooseDelivery(method, method == DeliveryMethod.WindowPickup ? r.PickupHallId : null, r.PostalAddress), ct);
    }

    /// <summary>The case, when the user applies for it (or is the company's 经办人 for it).</summary>
    private async Task<Case?> OwnAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        return c is not null && await scope.ActsForApplicantAsync(user, c, ct) ? c : null;
    }

    /// <summary>The halls a case's result can be collected at.</summary>
    public async Task<List<(int Id, string Name)>> PickupHallsAsync(string number, CancellationToken ct) =>
        await db.Cases.AsNoTracking().Where(x => x.Number == number).Select(x => new { x.DepartmentId, x.CrossRegion }).SingleOrDefaultAsync(ct) is { } c
            ? await scope.PickupHallsAsync(c.DepartmentId, c.CrossRegion, ct) : [];
}
