using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.ManageStaff;
using Yiwang.Web.Features.Accounts.Register;

namespace Yiwang.Web.Features.Accounts;

/// <summary>What anyone may see of an account: personal data masked.</summary>
internal sealed record AccountView(Guid Id, string UserName, AccountKind Kind, string Name, string? IdNumber, string? Phone,
    string? CreditCode, string? LegalRepresentative, int? DepartmentId, int? HallId, IReadOnlyList<string> Roles, int? WindowId = null);

/// <summary>Creates public and staff accounts; the only place that writes personal data of accounts.</summary>
internal sealed class AccountsHandler(UserManager<Account> users, YiwangDb db, UnitOfWork unitOfWork, PersonalDataProtector protector, TimeProvider clock, AuditLog audit)
{
    /// <summary>The signed-in account as its holder sees it (personal data masked), or null when it is gone.</summary>
    public async Task<AccountView?> MeAsync(System.Security.Claims.ClaimsPrincipal user) =>
        await users.GetUserAsync(user) is { } account ? View(account, [.. await users.GetRolesAsync(account)]) : null;

    public async Task<Outcome<AccountView>> RegisterAsync(RegisterRequest r, CancellationToken ct)
    {
        var errors = r.Validate(clock.Today());
        if (errors.Count > 0) return Outcome<AccountView>.Invalid(errors);
        var idIndex = protector.BlindIndex(r.IdNumber!);
        if (r.Kind == AccountKind.NaturalPerson && await db.Users.AnyAsync(u => u.IdNumberIndex == idIndex && u.Kind == AccountKind.NaturalPerson, ct))
            return Outcome<AccountView>.Invalid("idNumber", "该身份证号码已注册，请直接登录");
        var credit = r.CreditCode?.Trim().ToUpperInvariant();
        if (r.Kind == AccountKind.LegalPerson && await db.Users.AnyAsync(u => u.CreditCode == credit, ct))
            return Outcome<AccountView>.Invalid("creditCode", "该统一社会信用代码已注册。如您是该单位的法定代表人，请以本人个人账号（L3 实人认证）登录，在「账号与安全」中认领本单位：认领后由您设置密码，原账号的登录全部失效");
        var account = new Account
        {
            UserName = r.UserName!.Trim(), Kind = r.Kind, DisplayName = r.Name!.Trim(),
            IdNumber = ResidentIdNumber.Normalize(r.IdNumber!), IdNumberIndex = idIndex, Phone = r.Phone!.Trim(),
            CreditCode = r.Kind == AccountKind.LegalPerson ? credit : null,
            LegalRepresentative = r.Kind == AccountKind.LegalPerson ? r.LegalRepresentative!.Trim() : null,
            CreatedAt = clock.GetUtcNow(),
        };
        return await CreateAsync(account, r.Password!, [], null, ct);
    }

    /// <summary>
    /// A window clerk registers a natural person who has no account yet (帮办代办). The account gets a
    /// generated user name and an unusable random password until the person sets their own.
    /// </summary>
    public async Task<Outcome<Account>> RegisterAtWindowAsync(string? name, string? idNumber, string? phone, ClaimsPrincipal clerk, CancellationToken ct)
    {
        var userName = "zj" + System.Security.Cryptography.RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)) + "a1";
        var outcome = await RegisterAsync(new RegisterRequest(AccountKind.NaturalPerson, userName, password, name, idNumber, phone), ct);
        if (!outcome.IsOk)
            return Outcome<Account>.Invalid(outcome.Errors.ToDictionary(e => "newApplicant." + e.Key, e => e.Value), outcome.Message);
        audit.Record(clerk, AccountUses.RegisteredAtWindow, AccountUses.Subject(userName));
        await unitOfWork.CommitAsync(ct);
        return Outcome<Account>.Ok((await users.FindByNameAsync(userName))!);
    }

    /// <summary>A public account by user name, or a natural person by ID number (an account opened at a window has a generated user name); never a staff account.</summary>
    public async Task<Account?> FindPublicAsync(string? key, CancellationToken ct)
    {
        key = key?.Trim();
        if (string.IsNullOrEmpty(key)) return null;
        var found = ResidentIdNumber.IsValid(key) ? await FindByIdNumberAsync(key, ct) : await users.FindByNameAsync(key);
        return found is { Kind: not AccountKind.Staff } ? found : null;
    }

    /// <summary>Finds a natural person by ID number through the blind index (no decryption, no scan).</summary>
    public Task<Account?> FindByIdNumberAsync(string idNumber, CancellationToken ct)
    {
        var index = protector.BlindIndex(idNumber);
        return db.Users.SingleOrDefaultAsync(u => u.IdNumberIndex == index && u.Kind == AccountKind.NaturalPerson, ct);
    }

    public async Task<Outcome<AccountView>> CreateStaffAsync(CreateStaffRequest r, ClaimsPrincipal admin, CancellationToken ct)
    {
        var errors = await r.ValidateAsync(db, ct);
        if (errors.Count > 0) return Outcome<AccountView>.Invalid(errors);
        var account = new Account
        {
            UserName = r.UserName!.Trim(), Kind = AccountKind.Staff, DisplayName = r.Name!.Trim(), Phone = r.Phone?.Trim(),
            DepartmentId = r.DepartmentId, HallId = r.HallId, WindowId = r.WindowId, CreatedAt = clock.GetUtcNow(),
        };
        return await CreateAsync(account, r.Password!, r.Roles!, admin, ct);
    }

    private async Task<Outcome<AccountView>> CreateAsync(Account account, string password, IReadOnlyList<string> roles, ClaimsPrincipal? admin, CancellationToken ct)
    {
        // The account, its roles and the audit entry stand or fall together.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded) return Outcome<AccountView>.Invalid(IdentityErrors(created));
            if (roles.Count > 0)
            {
                var added = await users.AddToRolesAsync(account, roles);
                if (!added.Succeeded) return Outcome<AccountView>.Invalid(IdentityErrors(added));
            }
            if (admin is not null)
            {
                audit.Record(admin, "account.staff.create", $"account:{account.UserName}", string.Join(',', roles));
                await unitOfWork.CommitAsync(ct);
            }
            return Outcome<AccountView>.Ok(View(account, roles));
        }, ct);
    }

    public static AccountView View(Account a, IReadOnlyList<string> roles) => new(
        a.Id, a.UserName!, a.Kind, a.DisplayName, a.IdNumber is null ? null : Mask.IdNumber(a.IdNumber),
        a.Phone is null ? null : Mask.Phone(a.Phone), a.CreditCode, a.LegalRepresentative, a.DepartmentId, a.HallId, roles, a.WindowId);

    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "account")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
