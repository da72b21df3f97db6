using System.Security.Claims;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Accounts.Sms;

namespace Yiwang.Web.Features.Cases.Assist;

/// <summary>
/// 帮办代办 consent: a window clerk acts for a person only with evidence that the person agrees —
/// a code sent to the person's proven phone, or the original ID card seen at the window — and
/// every lookup of that person is audited under their account, so they find it in their data-use
/// log. Without evidence the clerk learns nothing of the account.
/// </summary>
internal sealed class AssistedApplicants(AccountsHandler accounts, SmsCodes codes, AuditLog audit, UnitOfWork unitOfWork)
{
    /// <summary>Sends the person a code to give the clerk (only to a phone they have proven; the answer shows it masked).</summary>
    public async Task<Outcome<ConsentCodeSentView>> SendCodeAsync(ClaimsPrincipal clerk, string? onBehalfOf, CancellationToken ct)
    {
        if (!clerk.Meets(Policy.WindowClerk)) return Outcome<ConsentCodeSentView>.Forbidden("只有窗口工作人员可以帮办代办");
        var applicant = await accounts.FindPublicAsync(onBehalfOf, ct);
        if (applicant is null) return Outcome<ConsentCodeSentView>.Invalid("onBehalfOf", "未找到申请人：请核对账号或身份证号码");
        if (applicant.PhoneProvenAt is null)
            return Outcome<ConsentCodeSentView>.Invalid("onBehalfOf", "申请人尚未验证手机号码，无法发送验证码：请核验其身份证原件");
        var sent = await codes.SendAsync(applicant, SmsPurpose.Consent, "授权政务服务窗口工作人员为您帮办代办", ct);
        if (!sent.IsOk) return sent.As<ConsentCodeSentView>();
        audit.Record(clerk, AccountUses.AssistConsentCode, Subject(applicant), $"hall:{clerk.HallId()}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<ConsentCodeSentView>.Ok(new ConsentCodeSentView(Mask.Phone(applicant.Phone), sent.Value));
    }

    /// <summary>
    /// The person a clerk applies for: found by account name or ID number and consenting (a right
    /// code, or the ID card seen), or registered here with the ID card seen.
    /// </summary>
    public async Task<Outcome<Account>> ResolveAsync(ClaimsPrincipal clerk, AssistRequest r, CancellationToken ct)
    {
        if (!clerk.Meets(Policy.WindowClerk)) return Outcome<Account>.Forbidden("只有窗口工作人员可以帮办代办");
        if (string.IsNullOrWhiteSpace(r.Authorization)) return Outcome<Account>.Invalid("authorization", "帮办代办须登记申请人授权（如授权委托书编号）");
        var applicant = await accounts.FindPublicAsync(r.OnBehalfOf, ct);
        if (applicant is null && r.NewApplicant is { } n && !string.IsNullOrWhiteSpace(n.Name))
        {
            if (!r.IdCardSeen) return Outcome<Account>.Invalid("idCardSeen", "在窗口登记新申请人，须核验申请人本人及其身份证原件");
            var registered = await accounts.RegisterAtWindowAsync(n.Name, n.IdNumber, n.Phone, clerk, ct);
            if (!registered.IsOk) return registered;
            applicant = registered.Value!;
        }
        else if (applicant is null) return Outcome<Account>.Invalid("onBehalfOf", "未找到申请人：请核对账号或身份证号码，或登记新申请人");
        else if (!r.IdCardSeen)
        {
            if (string.IsNullOrWhiteSpace(r.ConsentCode))
                return Outcome<Account>.Invalid("consentCode", "帮办代办须取得申请人本人授权：向申请人已验证的手机发送验证码并填写，或核验其身份证原件");
            if (applicant.PhoneProvenAt is null || !await codes.CheckAsync(applicant.Id, SmsPurpose.Consent, r.ConsentCode, ct))
            {
                audit.Record(clerk, AccountUses.AssistRefused, Subject(applicant), $"hall:{clerk.HallId()}；验证码不正确或已失效");
                await unitOfWork.CommitAsync(ct);
                return Outcome<Account>.Invalid("consentCode", "验证码不正确或已失效，请重新发送");
            }
        }
        var evidence = r.IdCardSeen ? "核验身份证原件" : "申请人手机验证码";
        audit.Record(clerk, AccountUses.AssistLookup, Subject(applicant), $"hall:{clerk.HallId()}；{evidence}；授权：{r.Authorization!.Trim()}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<Account>.Ok(applicant);
    }

    private static string Subject(Account a) => AccountUses.Subject(a.UserName!);
}

/// <summary>Who a clerk applies for, and the evidence of their consent.</summary>
internal sealed record AssistRequest(string? OnBehalfOf, string? Authorization, Submit.NewApplicant? NewApplicant, string? ConsentCode, bool IdCardSeen);

internal sealed record ConsentCodeSentView(string SentTo, DateTimeOffset ExpiresAt);
