using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Submit;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles.Apply;

/// <summary>
/// Apply for a 一件事 once: the questionnaire's answers, the one form, how the results are to be
/// delivered. For a pickup, the hall to collect them at.
/// </summary>
internal sealed record SubmitBundleRequest(string? BundleCode, Dictionary<string, string>? Answers, Dictionary<string, string>? Form,
    DeliveryMethod Delivery = DeliveryMethod.WindowPickup, int? PickupHallId = null, string? PostalAddress = null);

internal sealed record BundleCaseSummary(string Number, string BundleName, IReadOnlyList<BundlePartSummary> Parts);
internal sealed record BundlePartSummary(string Key, string ItemName, string DepartmentName, string? CaseNumber, IReadOnlyList<string> After);

/// <summary>
/// One submission: the parent case and, in the same transaction, one submitted case per part that
/// can start now (in its own department); parts waiting for a predecessor's result get their case
/// when it exists (<see cref="BundleProgress"/>).
/// </summary>
internal sealed class SubmitBundleHandler(YiwangDb db, CompiledBundles bundles, CurrentVersionCache versions, CaseNumbers numbers, UnitOfWork unitOfWork,
    UserManager<Account> users, CaseScope scope, TimeProvider clock, IHttpContextAccessor http, IOrganisationRegister organisations)
{
    public async Task<Outcome<BundleCaseSummary>> HandleAsync(SubmitBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsStaff() || user.AccountId() is not { } applicantId) return Outcome<BundleCaseSummary>.Forbidden("一件事由申请人本人申请（窗口人员请在一件事办件中受理）");
        if (!Accounts.Assurance.AssuranceClaims.Reaches(user, Accounts.Assurance.AssuranceLevel.L2))
            return Outcome<BundleCaseSummary>.Forbidden(Accounts.Assurance.AssuranceNames.Needs(Accounts.Assurance.AssuranceLevel.L2, user.CreditCode() is not null ? AccountKind.LegalPerson : AccountKind.NaturalPerson));
        if (string.IsNullOrWhiteSpace(r.BundleCode)) return Outcome<BundleCaseSummary>.Invalid("bundleCode", "请选择一件事");
        var bundle = await bundles.FindAsync(db, r.BundleCode, ct);
        if (bundle is null) return Outcome<BundleCaseSummary>.Invalid("bundleCode", $"一件事 {r.BundleCode} 不存在或未发布");
        var values = bundle.Questionnaire.Bind(r.Answers, out var errors);
        if (errors.Count > 0) return Outcome<BundleCaseSummary>.Invalid(errors, "请回答导办问卷的全部问题");
        var plan = bundle.Plan(values);
        if (!plan.Parts.Any(p => p)) return Outcome<BundleCaseSummary>.Invalid("answers", "按您的回答，本一件事没有需要办理的事项");
        if (plan.SelectedParts.Any(i => bundle.Items[i].Guide.RequiresRealPersonCheck) && !Accounts.Assurance.AssuranceClaims.Reaches(user, Accounts.Assurance.AssuranceLevel.L3))
            return Outcome<BundleCaseSummary>.Forbidden(Accounts.Assurance.AssuranceNames.Needs(Accounts.Assurance.AssuranceLevel.L3, user.CreditCode() is not null ? AccountKind.LegalPerson : AccountKind.NaturalPerson));

        var applicantName = user.Name();
        var fields = plan.FormFields.ToList();
        var answers = new Dictionary<string, string>(r.Form ?? [], StringComparer.Ordinal);
        var reads = organisations.Open(user, $"申请表预填：{bundle.Definition.Name}", ct); // logged with the bundle case
        var legalEntity = reads.Read;
        await ApplicationForm.PrefillAsync(fields, answers, applicantName, () => users.FindByIdAsync(applicantId.ToString()), legalEntity, user.CreditCode());
        errors = ApplicationForm.Validate(fields, answers);
        if (await DeliveryProblemAsync(r, bundle, plan, ct) is { } problem) errors[problem.Field] = [problem.Message];
        if (errors.Count > 0) return Outcome<BundleCaseSummary>.Invalid(errors, "申请表填写有误");
        var form = ApplicationForm.Clean(fields, answers);

        // Item fields the verified profile fills and no bundle field feeds: filled the same way, kept in the (encrypted) form as "part.field".
        var d = bundle.Definition;
        var mapped = d.Fields.Where((_, i) => plan.Fields[i]).SelectMany(f => f.MapsTo).ToHashSet();
        var profileFields = plan.SelectedParts.SelectMany(i => bundle.Items[i].Guide.FormFields
            .Where(f => f.Prefill != FormPrefill.None && !mapped.Contains($"{d.Parts[i].Key}.{f.Key}"))
            .Select(f => new FormField { Key = $"{d.Parts[i].Key}.{f.Key}", Label = f.Label, Prefill = f.Prefill })).ToList();
        await ApplicationForm.PrefillAsync(profileFields, form, applicantName, () => users.FindByIdAsync(applicantId.ToString()), legalEntity, user.CreditCode());

        var now = clock.GetUtcNow();
        var place = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "online";
        var actor = new Actor(user.Identity!.Name!, now, place);
        // The numbers, the parent and the parts that can start commit together.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var startable = plan.SelectedParts.Count(i => !bundle.PredecessorsOf(i, plan.Parts).Any());
            var issued = await numbers.NextManyAsync(1 + startable, ct);
            var parent = Compose(issued[0], bundle, plan, r.Answers!, form, applicantId, applicantName, r.Delivery, r.PickupHallId, r.PostalAddress, now);
            parent.Submitted(now, actor.Name);
            db.BundleCases.Add(parent);
            db.AddRange(reads.LogFor(parent.Number));
            await unitOfWork.CommitAsync(ct);
            var first = parent.Parts.Where(p => p.After.Count == 0).ToList();
            for (var i = 0; i < first.Count; i++)
            {
                var part = first[i];
                var current = await versions.FindAsync(db, part.ItemCode, ct);
                if (current is null) return Outcome<BundleCaseSummary>.Conflict($"事项“{part.ItemName}”已停止办理，请稍后重试");
                db.Cases.Add(BundleProgress.OpenPart(parent, part, issued[i + 1], current, actor));
            }
            await unitOfWork.CommitAsync(ct);
            return Outcome<BundleCaseSummary>.Ok(Summary(parent));
        }, ct);
    }

    /// <summary>
    /// The parent case of a plan: the selected parts (with their predecessors in the plan and the
    /// bundle fields that feed their forms), the materials of the plan, the delivery choice.
    /// </summary>
    public static BundleCase Compose(string number, Planning.CompiledBundle bundle, Planning.BundlePlan plan, IReadOnlyDictionary<string, string> answers,
        Dictionary<string, string> form, Guid applicantId, string applicantName, DeliveryMethod delivery, int? pickupHallId, string? postalAddress, DateTimeOffset now)
    {
        var d = bundle.Definition;
        var selectedFields = d.Fields.Where((_, i) => plan.Fields[i]).ToList();
        var parts = plan.SelectedParts.Select(i => new BundleCasePart
        {
            Key = d.Parts[i].Key, ItemCode = bundle.Items[i].Code, ItemName = bundle.Items[i].Guide.Name, DepartmentId = bundle.Items[i].DepartmentId,
            DepartmentName = bundle.Items[i].DepartmentName, ResultName = bundle.Items[i].Guide.ResultName,
            After = bundle.PredecessorsOf(i, plan.Parts).Select(a => d.Parts[a].Key).ToList(),
            // Bundle fields mapped into this part's form, and the part's own profile-filled fields ("part.field" keys).
            FieldMap = selectedFields.SelectMany(f => f.MapsTo.Where(m => m.StartsWith(d.Parts[i].Key + ".", StringComparison.Ordinal))
                    .Select(m => (f.Key, Item: m[(d.Parts[i].Key.Length + 1)..])))
                .Concat(form.Keys.Where(k => k.StartsWith(d.Parts[i].Key + ".", StringComparison.Ordinal)).Select(k => (Key: k, Item: k[(d.Parts[i].Key.Length + 1)..])))
                .ToDictionary(x => x.Key, x => x.Item),
        }).ToList();
        var materials = Enumerable.Range(0, d.Materials.Count).Where(m => plan.Materials[m].Needed).Select(m => new BundleCaseMaterial
        {
            Key = d.Materials[m].Key, Name = d.Materials[m].Name, Required = d.Materials[m].Required,
            Parts = d.Materials[m].Parts.Where(k => parts.Any(p => p.Key == k)).ToList(),
            ProvidedBy = plan.Materials[m].IsProvided ? d.Parts[plan.Materials[m].ProvidedByPart].Key : null, Source = d.Materials[m].Source,
        }).ToList();
        return new BundleCase
        {
            Number = number, BundleCode = bundle.Code, BundleName = d.Name, BundleVersionNo = bundle.VersionNo, ApplicantId = applicantId, ApplicantName = applicantName,
            Answers = d.Questions.ToDictionary(q => q.Key, q => answers[q.Key].Trim()), FormData = form, Parts = parts, Materials = materials,
            PromisedDays = plan.PromisedDays, LegalDays = d.LegalLimitDays > 0 ? d.LegalLimitDays : BundleCase.JointLegalDays, CrossRegion = d.CrossRegion, DeliveryMethod = delivery,
            PickupHallId = delivery == DeliveryMethod.WindowPickup ? pickupHallId : null,
            PostalAddress = delivery == DeliveryMethod.Post ? postalAddress?.Trim() : null, SubmittedAt = now,
        };
    }

    public static BundleCaseSummary Summary(BundleCase b) =>
        new(b.Number, b.BundleName, b.Parts.Select(p => new BundlePartSummary(p.Key, p.ItemName, p.DepartmentName, p.CaseNumber, p.After)).ToList());

    private async Task<(string Field, string Message)?> DeliveryProblemAsync(SubmitBundleRequest r, Planning.CompiledBundle bundle, Planning.BundlePlan plan, CancellationToken ct)
    {
        if (!Enum.IsDefined(r.Delivery)) return ("delivery", "送达方式无效");
        if (r.Delivery == DeliveryMethod.Post && (r.PostalAddress?.Trim().Length ?? 0) < 6) return ("postalAddress", "邮寄送达请填写详细地址（到门牌号）");
        if (r.Delivery != DeliveryMethod.WindowPickup) return null;
        if (r.PickupHallId is not { } hall || !await db.Halls.AnyAsync(h => h.Id == hall, ct)) return ("pickupHallId", "请选择领取办理结果的大厅");
        if (bundle.Definition.CrossRegion) return null;
        // Without 跨域通办 the results are collected at a hall that serves every part's department.
        var served = await scope.DepartmentsServedByAsync(hall, ct);
        return plan.SelectedParts.All(i => served.Contains(bundle.Items[i].DepartmentId)) ? null : ("pickupHallId", "该大厅不能办理本一件事的全部事项，请选择市政务服务中心或所属区县政务服务中心");
    }
}
