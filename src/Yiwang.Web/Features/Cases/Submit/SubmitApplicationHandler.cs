using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Accounts.Assurance;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// Apply for an item: a citizen or enterprise for themselves (online), or a window clerk on
/// someone's behalf (帮办代办) with the authorization recorded. Submit=false keeps a draft.
/// UseLicences is the applicant's consent to draw materials from their electronic licences (免证办);
/// Commitments names the materials the applicant replaces by a signed 告知承诺书. A clerk's
/// application carries the person's consent: ConsentCode (sent to their proven phone) or IdCardSeen.
/// ForCompany: a 经办人 or the legal representative applies in the company's name (its credit code).
/// Delivery: 送达方式 (WindowPickup at PickupHallId, Post to PostalAddress, Electronic). An online
/// submission is refused, naming each, while a required material is neither drawn nor promised: an
/// applicant with files to give keeps a draft (Submit=false), uploads, then submits it.
/// RequireComplete: a draft whose form must already be complete (the guided application's first step).
/// </summary>
internal sealed record SubmitApplicationRequest(string? ItemCode, bool Submit = true, string? OnBehalfOf = null, string? Authorization = null,
    Dictionary<string, string>? Form = null, NewApplicant? NewApplicant = null, int? PickupHallId = null, bool UseLicences = false, List<string>? Commitments = null,
    string? ConsentCode = null, bool IdCardSeen = false, string? ForCompany = null, DeliveryMethod? Delivery = null, string? PostalAddress = null,
    bool RequireComplete = false);

/// <summary>A natural person registered at the window when no account is found (帮办代办).</summary>
internal sealed record NewApplicant(string? Name, string? IdNumber, string? Phone);

internal sealed class SubmitApplicationHandler(YiwangDb db, UserManager<Account> users, TimeProvider clock, IHttpContextAccessor http, SubmissionBatcher batcher,
    CurrentVersionCache versions, CaseScope scope, Materials.IMaterialReuse reuse, IOrganisationRegister organisations, ICommitmentLetters commitments,
    Assist.AssistedApplicants assisted, Accounts.LegalPersons.AgentGrantsHandler agents, IInstantApproval instant)
{
    public async Task<Outcome<CaseSummary>> HandleAsync(SubmitApplicationRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.ItemCode)) return Outcome<CaseSummary>.Invalid("itemCode", "请选择办理事项");
        // 帮办代办: the person and their consent are settled once (a consent code is used up), before any
        // retry, and only for an item that exists (a mistyped code must not spend the code).
        Account? assistedApplicant = null;
        if (user.IsStaff())
        {
            if (await versions.FindAsync(db, r.ItemCode, ct) is null) return Outcome<CaseSummary>.Invalid("itemCode", $"事项 {r.ItemCode} 不存在或未发布");
            var found = await assisted.ResolveAsync(user, new Assist.AssistRequest(r.OnBehalfOf, r.Authorization, r.NewApplicant, r.ConsentCode, r.IdCardSeen), ct);
            if (!found.IsOk) return found.As<CaseSummary>();
            assistedApplicant = found.Value;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(r, user, assistedApplicant, ct);
            }
            catch (StaleItemVersionException) when (attempt < 3)
            {
                // A new version was published since this process cached the item: apply under the new one.
                versions.Forget(r.ItemCode);
            }
            catch (StaleItemVersionException)
            {
                return Outcome<CaseSummary>.Conflict("该事项正在更新版本，请稍后重新提交");
            }
        }
    }

    private async Task<Outcome<CaseSummary>> ApplyAsync(SubmitApplicationRequest r, ClaimsPrincipal user, Account? assistedApplicant, CancellationToken ct)
    {
        // A case is applied under the version in force now (checked again when it commits).
        var current = await versions.FindAsync(db, r.ItemCode!, ct);
        if (current is null) return Outcome<CaseSummary>.Invalid("itemCode", $"事项 {r.ItemCode} 不存在或未发布");

        Guid applicantId;
        string applicantName;
        string place;
        Account? profile = null;
        string? agentNote = null;
        if (assistedApplicant is { } applicant)
        {
            (applicantId, applicantName) = (applicant.Id, applicant.DisplayName);
            profile = applicant;
            place = $"hall:{user.HallId()}";
        }
        else
        {
            // The sign-in cookie carries the account id and real name: no account read, no decryption.
            if (user.AccountId() is not { } id) return Outcome<CaseSummary>.Forbidden("请先登录");
            // 身份认证等级: a draft at L1; applying at L2 (L3 for an item that demands 实人认证); licences,
            // 告知承诺 and library data at L3 (from the session: no read).
            var needed = r.UseLicences || r.Commitments is { Count: > 0 } || (r.Submit && current.Version.Guide.RequiresRealPersonCheck) ? AssuranceLevel.L3
                : r.Submit ? AssuranceLevel.L2 : AssuranceLevel.L1;
            if (!user.Reaches(needed)) return Outcome<CaseSummary>.Forbidden(AssuranceNames.Needs(needed, user.CreditCode() is not null ? AccountKind.LegalPerson : AccountKind.NaturalPerson));
            (applicantId, applicantName) = (id, user.Name());
            place = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "online";
            if (!string.IsNullOrWhiteSpace(r.ForCompany))
            {
                // 经办人: in the company's name, only with the representative's grant for this item (or all).
                if (await agents.ActingForAsync(id, r.ForCompany, r.ItemCode!, ct) is not { } company)
                    return Outcome<CaseSummary>.Forbidden("您没有代表该单位申请此事项的授权：请单位法定代表人在「账号与安全」中授权您为经办人");
                (applicantId, applicantName, profile) = (company.Id, company.DisplayName, company);
                agentNote = CaseScope.AgentNote(user);
            }
        }

        var fields = current.Version.Guide.FormFields;
        var answers = new Dictionary<string, string>(r.Form ?? [], StringComparer.Ordinal);
        // Prefill from the verified profile and the 法人库 where the applicant left a field blank (the 法人库 reads commit with the case).
        var reads = organisations.Open(user, $"申请表预填：{current.Version.Guide.Name}", ct);
        await ApplicationForm.PrefillAsync(fields, answers, applicantName, async () => profile ?? await users.FindByIdAsync(applicantId.ToString()),
            reads.Read, profile?.CreditCode ?? (user.Reaches(AssuranceLevel.L3) ? user.CreditCode() : null));
        // A draft may leave required fields empty, but what it holds must be valid.
        var blocking = ApplicationForm.Validate(fields, answers, requireAnswers: r.Submit || r.RequireComplete);
        if (blocking.Count > 0) return Outcome<CaseSummary>.Invalid(blocking, "申请表填写有误");
        var complete = r.Submit || ApplicationForm.Validate(fields, answers).Count == 0;

        // 市域通办: the applicant may collect the result at any hall; otherwise at one serving the item's department.
        if (r.PickupHallId is { } pickup && !await scope.MayCollectAtAsync(pickup, current.Item.DepartmentId, current.Version.Guide.CrossRegion, ct))
            return Outcome<CaseSummary>.Invalid("pickupHallId", current.Version.Guide.CrossRegion ? "领取大厅不存在" : "该事项不支持跨域通办，请选择能办理本事项的大厅领取");

        if (DeliveryProblem(r.Delivery, r.PostalAddress) is { } deliveryProblem) return Outcome<CaseSummary>.Invalid(deliveryProblem.Field, deliveryProblem.Message);

        // 告知承诺: only materials the item allows, and not for applicants the 信用库 bars.
        var commitmentErrors = commitments.Check(r.Commitments, current.Version.Guide);
        if (commitmentErrors.Count > 0) return Outcome<CaseSummary>.Invalid(commitmentErrors, "告知承诺填写有误");
        if (r.Commitments is { Count: > 0 } && await commitments.BarredAsync(applicantId, ct) is { } barred) return Outcome<CaseSummary>.Invalid("commitments", barred);

        // 免证办: with the applicant's consent, what the platform holds for them fills their materials.
        var drawn = r.UseLicences ? await reuse.DrawAsync(applicantId, current.Version.Guide.Materials, user, ct) : Materials.DrawnMaterials.None;
        // 减证: how many of the required materials the platform drew for the applicant, on the case for the indicator.
        var drawnRequired = drawn.Names.Distinct().Count(current.Version.Guide.Materials.Where(m => m.Required).Select(m => m.Name).ToHashSet().Contains);
        var promised = r.Commitments ?? [];
        // An online submission gives every required material now: drawn, promised, or (from a draft) uploaded.
        var missing = r.Submit && !user.IsStaff()
            ? Materials.MaterialRequirements.Missing(Materials.MaterialRequirements.ToGive(current.Version.Guide.Materials, fields), drawn.Names.Concat(promised))
            : [];
        if (missing.Count > 0)
            return Outcome<CaseSummary>.Invalid(Materials.MaterialRequirements.Errors(missing), "尚缺必要材料：" + string.Join("、", missing) + "。请先保存草稿并上传材料，再提交申请");
        var letters = commitments.Sign(promised, user);

        // The number and the case commit together, grouped with concurrent submissions (SubmissionBatcher);
        // the drawn materials, the signed 告知承诺书 and the 法人库 reads commit with the case.
        var form = ApplicationForm.Clean(fields, answers);
        var staff = user.IsStaff();
        var actor = user.Identity!.Name!;
        Case c;
        try
        {
            c = await batcher.SubmitAsync(number =>
            {
                var now = clock.GetUtcNow();
                return Case.Apply(new CaseApplication(number, current, applicantId, applicantName, staff ? CaseChannel.Window : CaseChannel.Online,
                    form, complete, r.PickupHallId, now, r.Submit ? new Actor(actor, now, place, ApplicantPresent: staff) : null,
                    SubmitNote: staff ? $"帮办代办，授权：{r.Authorization!.Trim()}" : agentNote, MaterialsDrawn: drawnRequired,
                    Delivery: r.Delivery is { } method ? new DeliveryChoice(method, r.PostalAddress) : null));
            }, ct, c => drawn.Attach(c).Concat(letters(c)).Concat(reads.LogFor(c.Number)));
        }
        catch (CaseTransitionException e)
        {
            return Outcome<CaseSummary>.Conflict(e.Message);
        }
        // 秒批: an online application under an item with an automatic-approval rule may be granted now (or is noted and left to a person).
        if (r.Submit && !staff && current.Version.Guide.InstantApproval is not null && await instant.TryAsync(c.Number, ct) is { } compared) c = compared;
        return Outcome<CaseSummary>.Ok(CaseSummary.Of(c));
    }

    /// <summary>送达方式: a postal address for 邮寄 (to the house number, at most 200 characters).</summary>
    public static (string Field, string Message)? DeliveryProblem(DeliveryMethod? method, string? postalAddress) => method switch
    {
        DeliveryMethod.Post when string.IsNullOrWhiteSpace(postalAddress) => ("postalAddress", "邮寄送达请填写收件地址"),
        DeliveryMethod.Post when postalAddress!.Trim().Length is < 6 or > 200 => ("postalAddress", "收件地址请填写到门牌号（6至200字）"),
        _ => null,
    };
}
