using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.Assurance;

namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>A legal representative claiming their company's account: the credit code, and the user name and password the account keeps.</summary>
internal sealed record ClaimCompanyRequest(string? CreditCode, string? UserName, string? Password);

/// <summary>A company account as its representative or agent sees it.</summary>
internal sealed record CompanyView(Guid Id, string UserName, string Name, string CreditCode, bool Represented, string? ItemCode);

/// <summary>
/// Legal-person accounts the Chinese way: an account is bound to its credit code (L3) only when the
/// 法人库's legal representative confirms it — signed in as themselves at L3, or through the
/// 电子营业执照 — never by whoever registered the code first. A claim takes the account over from
/// whoever held it: new password, every session of the old one ended.
/// </summary>
internal sealed class LegalPersonsHandler(YiwangDb db, UserManager<Account> users, UnitOfWork unitOfWork, ILegalEntityRegister register,
    AuditLog audit, TimeProvider clock, Common.Crypto.PersonalDataProtector protector, IEnumerable<IBusinessLicenceProvider> licenceProviders)
{
    public const string ClaimAction = "account.legal-person.claim";

    public IBusinessLicenceProvider? LicenceProvider => licenceProviders.FirstOrDefault();

    public async Task<Outcome<CompanyView>> ClaimAsync(ClaimsPrincipal user, ClaimCompanyRequest r, CancellationToken ct)
    {
        if (user.AccountId() is not { } me || await users.FindByIdAsync(me.ToString()) is not { Kind: AccountKind.NaturalPerson } person)
            return Outcome<CompanyView>.Forbidden("请法定代表人以本人的个人账号登录后认领");
        if (person.Assurance < AssuranceLevel.L3) return Outcome<CompanyView>.Forbidden(AssuranceNames.Needs(AssuranceLevel.L3, AccountKind.NaturalPerson));
        if (UnifiedSocialCreditCode.Validate(r.CreditCode) is { } codeError) return Outcome<CompanyView>.Invalid("creditCode", codeError);
        var code = r.CreditCode!.Trim().ToUpperInvariant();
        var listing = await register.CheckRepresentativeAsync(person.UserName!, code, person.IdNumber!, "法定代表人认领法人账号", ct);
        if (listing is null)
        {
            await unitOfWork.CommitAsync(ct);
            return Outcome<CompanyView>.NotFound("法人库中没有该统一社会信用代码的登记（或已注销）：请核对代码");
        }
        if (!listing.RepresentedBy || listing.RepresentativeName != person.DisplayName)
        {
            audit.Record(user, ClaimAction + "-refused", $"credit:{code}", "非法人库登记的法定代表人");
            await unitOfWork.CommitAsync(ct);
            return Outcome<CompanyView>.Forbidden("您不是法人库登记的该单位法定代表人，不能认领。如登记有误，请先到市场监管部门办理变更登记");
        }

        var company = await db.Users.SingleOrDefaultAsync(u => u.CreditCode == code && u.Kind == AccountKind.LegalPerson, ct);
        if (string.IsNullOrEmpty(r.Password)) return Outcome<CompanyView>.Invalid("password", "请为单位账号设置登录密码");
        IdentityResult done;
        if (company is null)
        {
            if (string.IsNullOrWhiteSpace(r.UserName)) return Outcome<CompanyView>.Invalid("userName", "请为单位账号设置用户名");
            company = new Account { UserName = r.UserName.Trim(), Kind = AccountKind.LegalPerson, DisplayName = listing.Name, CreditCode = code, CreatedAt = clock.GetUtcNow() };
            Bind(company, person);
            done = await users.CreateAsync(company, r.Password);
        }
        else
        {
            // Taken over from whoever registered it: the representative's password, and every old session ends (new stamp).
            Bind(company, person);
            company.DisplayName = listing.Name;
            done = await users.ResetPasswordAsync(company, await users.GeneratePasswordResetTokenAsync(company), r.Password);
        }
        if (!done.Succeeded)
            return Outcome<CompanyView>.Invalid(done.Errors.GroupBy(e => e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "password")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        audit.Record(user, ClaimAction, AccountUses.Subject(company.UserName!), $"法定代表人 {Mask.PersonName(person.DisplayName)} 认领 {code}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<CompanyView>.Ok(new CompanyView(company.Id, company.UserName!, company.DisplayName, code, true, null));
    }

    /// <summary>The 电子营业执照's ticket, redeemed by the company account: bound when its representative is the 法人库's.</summary>
    public async Task<Outcome<bool>> RedeemBusinessLicenceAsync(ClaimsPrincipal user, string? ticket, CancellationToken ct)
    {
        if (user.AccountId() is not { } me || await users.FindByIdAsync(me.ToString()) is not { Kind: AccountKind.LegalPerson, CreditCode: { } code } company)
            return Outcome<bool>.Forbidden("只有法人账号可以用电子营业执照认证");
        if (LicenceProvider?.Redeem(ticket, company.Id) is not { } proven || proven.CreditCode != code)
            return Outcome<bool>.Invalid("ticket", "电子营业执照认证结果无效或已过期，请重新认证");
        var listing = await register.CheckRepresentativeAsync(company.UserName!, code, proven.RepresentativeIdNumber, "电子营业执照认证法人账号", ct);
        if (listing is not { RepresentedBy: true })
        {
            await unitOfWork.CommitAsync(ct);
            return Outcome<bool>.Invalid("ticket", "电子营业执照的法定代表人与法人库登记不一致，未能认证");
        }
        var index = PersonIndex(proven.RepresentativeIdNumber);
        var representative = await db.Users.FirstOrDefaultAsync(u => u.IdNumberIndex == index && u.Kind == AccountKind.NaturalPerson, ct);
        Confirm(company, $"{LicenceProvider!.Name}：法定代表人 {Mask.PersonName(listing.RepresentativeName)} 确认", listing.RepresentativeName, representative?.Id ?? company.RepresentativeAccountId);
        company.DisplayName = listing.Name;
        audit.Record(user, ClaimAction, AccountUses.Subject(company.UserName!), LicenceProvider.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    private string PersonIndex(string idNumber) => protector.BlindIndex(ResidentIdNumber.Normalize(idNumber));

    private void Bind(Account company, Account person)
    {
        Confirm(company, $"法定代表人 {Mask.PersonName(person.DisplayName)} 以本人 L3 账号确认", person.DisplayName, person.Id);
        (company.IdNumber, company.IdNumberIndex, company.Phone, company.PhoneProvenAt) = (person.IdNumber, person.IdNumberIndex, person.Phone, person.PhoneProvenAt);
    }

    /// <summary>The binding itself, however confirmed: L3, how and when, and the representative.</summary>
    private void Confirm(Account company, string by, string representativeName, Guid? representative)
    {
        company.Assurance = AssuranceLevel.L3;
        (company.AssuredBy, company.AssuredAt) = (by, clock.GetUtcNow());
        (company.LegalRepresentative, company.RepresentativeAccountId) = (representativeName, representative);
    }

    /// <summary>The companies a person represents (bound to them) or acts for as 经办人.</summary>
    public async Task<List<CompanyView>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } me) return [];
        var represented = await db.Users.AsNoTracking().Where(u => u.Kind == AccountKind.LegalPerson && u.RepresentativeAccountId == me && u.Assurance == AssuranceLevel.L3)
            .Select(u => new CompanyView(u.Id, u.UserName!, u.DisplayName, u.CreditCode!, true, null)).ToListAsync(ct);
        var grants = await (from g in db.Set<AgentGrant>().AsNoTracking()
                            join u in db.Users.AsNoTracking() on g.CompanyAccountId equals u.Id
                            where g.AgentAccountId == me && g.RevokedAt == null && u.Assurance == AssuranceLevel.L3
                            select new CompanyView(u.Id, u.UserName!, u.DisplayName, u.CreditCode!, false, g.ItemCode)).ToListAsync(ct);
        return [.. represented, .. grants.Where(g => represented.All(r => r.Id != g.Id))];
    }
}
