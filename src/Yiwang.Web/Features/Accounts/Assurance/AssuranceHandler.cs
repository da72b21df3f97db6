using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.Sms;

namespace Yiwang.Web.Features.Accounts.Assurance;

/// <summary>An account's assurance as its owner sees it.</summary>
internal sealed record AssuranceView(AssuranceLevel Level, string Label, string Allows, string Name, string? IdNumber, string? Phone,
    bool PhoneProven, string? AssuredBy, DateTimeOffset? AssuredAt, string? Provider, AccountKind Kind);

/// <summary>
/// Raises an account's 身份认证等级: L2 by proving the phone with an SMS code and matching name and ID
/// number against the 人口库; L3 by the identity provider, or at a window where a clerk holds the
/// original ID card (recorded and audited). A level only rises when the proven identity is the
/// account's own: the same ID number under the same name.
/// </summary>
internal sealed class AssuranceHandler(UserManager<Account> users, AccountsHandler accounts, UnitOfWork unitOfWork, SmsCodes sms, IPopulationRegister population,
    AuditLog audit, TimeProvider clock, IEnumerable<IIdentityProvider> providers)
{
    private IIdentityProvider? Provider => providers.FirstOrDefault();

    public async Task<Outcome<AssuranceView>> StatusAsync(ClaimsPrincipal user) =>
        await PublicAccountAsync(user) is { } a ? Outcome<AssuranceView>.Ok(View(a)) : Outcome<AssuranceView>.Forbidden("只有个人和法人账号有身份认证等级");

    public async Task<Outcome<DateTimeOffset>> SendPhoneCodeAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await PublicAccountAsync(user) is { } a ? await sms.SendAsync(a, SmsPurpose.ProvePhone, "验证手机号码", ct) : Outcome<DateTimeOffset>.Forbidden("只有个人和法人账号需要验证手机");

    /// <summary>The code proves the phone; a natural person whose name and ID number the 人口库 confirms reaches L2.</summary>
    public async Task<Outcome<AssuranceView>> ProvePhoneAsync(ClaimsPrincipal user, string? code, CancellationToken ct)
    {
        if (await PublicAccountAsync(user) is not { } a) return Outcome<AssuranceView>.Forbidden("只有个人和法人账号需要验证手机");
        if (string.IsNullOrWhiteSpace(code)) return Outcome<AssuranceView>.Invalid("code", "请填写短信验证码");
        if (!await sms.CheckAsync(a.Id, SmsPurpose.ProvePhone, code, ct)) return Outcome<AssuranceView>.Invalid("code", "验证码错误或已失效，请重新获取");
        var now = clock.GetUtcNow();
        a.PhoneProvenAt = now;
        if (a.Kind == AccountKind.NaturalPerson && a.Assurance < AssuranceLevel.L2)
        {
            if (!await population.MatchesAsync(a.UserName!, byStaff: false, a.DisplayName, a.IdNumber!, "实名核验（L2）", ct))
            {
                await unitOfWork.CommitAsync(ct);
                return Outcome<AssuranceView>.Invalid("idNumber", "手机号已验证，但人口库中没有与您登记的姓名和身份证号码一致的记录：请携带身份证原件到任一政务服务窗口核验");
            }
            Raise(a, AssuranceLevel.L2, "人口库实名比对一致，手机号短信验证", now);
        }
        await unitOfWork.CommitAsync(ct);
        return Outcome<AssuranceView>.Ok(View(a));
    }

    /// <summary>Where the person goes to be proven by the identity provider, or null when none is configured.</summary>
    public string? ProviderStart(ClaimsPrincipal user, string returnUrl) => user.AccountId() is { } id ? Provider?.StartUrl(id, returnUrl) : null;

    /// <summary>The provider's ticket: L3 when the identity it proved is the account's own.</summary>
    public async Task<Outcome<AssuranceView>> RedeemProviderAsync(ClaimsPrincipal user, string? ticket, CancellationToken ct)
    {
        if (await PublicAccountAsync(user) is not { } a || a.Kind != AccountKind.NaturalPerson) return Outcome<AssuranceView>.Forbidden("只有个人账号可以实人认证");
        if (Provider?.Redeem(ticket, a.Id) is not { } proven) return Outcome<AssuranceView>.Invalid("ticket", "认证结果无效或已过期，请重新认证");
        if (!SamePerson(a, proven.Name, proven.IdNumber))
        {
            audit.Record(user, "account.assurance.provider-mismatch", $"account:{a.UserName}", Provider!.Name);
            await unitOfWork.CommitAsync(ct);
            return Outcome<AssuranceView>.Invalid("idNumber", "认证的身份与本账号登记的姓名、身份证号码不一致，未能提升认证等级");
        }
        Raise(a, AssuranceLevel.L3, Provider!.Name, clock.GetUtcNow());
        audit.Record(user, "account.assurance.provider", $"account:{a.UserName}", Provider.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<AssuranceView>.Ok(View(a));
    }

    /// <summary>
    /// 窗口核验: a clerk holding the person's original ID card raises their account to L3. The card's
    /// number finds the account; the card's name must be the account's.
    /// </summary>
    public async Task<Outcome<AssuranceView>> VerifyAtWindowAsync(ClaimsPrincipal clerk, WindowCheck check, CancellationToken ct)
    {
        if (!clerk.Meets(Policy.WindowClerk)) return Outcome<AssuranceView>.Forbidden("只有窗口工作人员可以核验身份证原件");
        if (ResidentIdNumber.Validate(check.IdNumber, clock.Today()) is { } idError) return Outcome<AssuranceView>.Invalid("idNumber", idError);
        if (string.IsNullOrWhiteSpace(check.Name)) return Outcome<AssuranceView>.Invalid("name", "请填写身份证上的姓名");
        if (!check.CardSeen) return Outcome<AssuranceView>.Invalid("cardSeen", "请确认已核验申请人本人及其身份证原件");
        var account = await accounts.FindByIdNumberAsync(check.IdNumber!, ct);
        if (account is null || !SamePerson(account, check.Name, check.IdNumber!))
            return Outcome<AssuranceView>.NotFound("没有与该身份证姓名和号码一致的个人账号：请申请人先注册，或核对证件");
        var by = $"窗口核验身份证原件：{clerk.Name()}（{clerk.Identity!.Name}）";
        Raise(account, AssuranceLevel.L3, by, clock.GetUtcNow());
        audit.Record(clerk, AccountUses.WindowIdentityCheck, AccountUses.Subject(account.UserName!), $"hall:{clerk.HallId()}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<AssuranceView>.Ok(View(account));
    }

    private static bool SamePerson(Account a, string name, string idNumber) =>
        a.IdNumber is not null && a.IdNumber == ResidentIdNumber.Normalize(idNumber) && a.DisplayName == name.Trim();

    private static void Raise(Account a, AssuranceLevel level, string by, DateTimeOffset at)
    {
        if (a.Assurance >= level) return;
        (a.Assurance, a.AssuredBy, a.AssuredAt) = (level, by, at);
    }

    private async Task<Account?> PublicAccountAsync(ClaimsPrincipal user) =>
        await users.GetUserAsync(user) is { Kind: not AccountKind.Staff } a ? a : null;

    private AssuranceView View(Account a) => new(a.Assurance, a.Assurance.Label(), a.Assurance.Allows(), a.DisplayName,
        a.IdNumber is null ? null : Mask.IdNumber(a.IdNumber), a.Phone is null ? null : Mask.Phone(a.Phone), a.PhoneProvenAt is not null,
        a.AssuredBy, a.AssuredAt, Provider?.Name, a.Kind);
}

/// <summary>What the clerk reads from the original ID card in front of them.</summary>
internal sealed record WindowCheck(string? Name, string? IdNumber, bool CardSeen);
