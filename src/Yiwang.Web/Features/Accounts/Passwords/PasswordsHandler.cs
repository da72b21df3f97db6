using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.Sms;

namespace Yiwang.Web.Features.Accounts.Passwords;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
internal sealed record ResetCodeRequest(string? UserName, string? Phone);
internal sealed record ResetPasswordRequest(string? UserName, string? Code, string? NewPassword);

/// <summary>
/// Change a password; reset it (or set the first one of an account made at a window) with an SMS
/// code sent to the account's phone. Every change gives the account a new security stamp: every
/// session of it, on every device, ends at once.
/// </summary>
internal sealed class PasswordsHandler(UserManager<Account> users, AccountsHandler accounts, SignInManager<Account> signIn, UnitOfWork unitOfWork, SmsCodes sms, AuditLog audit, TimeProvider clock)
{
    /// <summary>What a reset request answers whether or not the account exists (it tells a stranger nothing).</summary>
    public const string CodeSentIfKnown = "如账号与手机号码一致，验证码已发送到该手机，5分钟内有效";

    public async Task<Outcome<bool>> ChangeAsync(ClaimsPrincipal user, ChangePasswordRequest r)
    {
        if (string.IsNullOrEmpty(r.CurrentPassword)) return Outcome<bool>.Invalid("currentPassword", "请填写当前密码");
        if (string.IsNullOrEmpty(r.NewPassword)) return Outcome<bool>.Invalid("newPassword", "请填写新密码");
        if (await users.GetUserAsync(user) is not { } account) return Outcome<bool>.Unauthenticated("请先登录");
        var changed = await users.ChangePasswordAsync(account, r.CurrentPassword, r.NewPassword);
        if (!changed.Succeeded) return Outcome<bool>.Invalid(Errors(changed, "currentPassword"));
        audit.Record(user, "account.password.change", $"account:{account.UserName}");
        await unitOfWork.CommitAsync(CancellationToken.None);
        // The new stamp ended every session; this one carries on with a fresh cookie.
        await signIn.RefreshSignInAsync(account);
        return Outcome<bool>.Ok(true);
    }

    /// <summary>Sends a reset code when the user name and phone belong together; answers the same either way.</summary>
    public async Task<Outcome<string>> SendResetCodeAsync(ResetCodeRequest r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.UserName)) return Outcome<string>.Invalid("userName", "请填写用户名或身份证号码");
        if (Common.Identity.PhoneNumber.Validate(r.Phone) is { } phoneError) return Outcome<string>.Invalid("phone", phoneError);
        var account = await accounts.FindPublicAsync(r.UserName, ct);
        if (account is not null && account.Phone == r.Phone!.Trim())
        {
            var sent = await sms.SendAsync(account, SmsPurpose.ResetPassword, "重置登录密码", ct);
            if (!sent.IsOk && sent.Errors.ContainsKey("code")) return sent.As<string>();
        }
        return Outcome<string>.Ok(CodeSentIfKnown);
    }

    public async Task<Outcome<bool>> ResetAsync(ResetPasswordRequest r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.UserName)) return Outcome<bool>.Invalid("userName", "请填写用户名或身份证号码");
        if (string.IsNullOrWhiteSpace(r.Code)) return Outcome<bool>.Invalid("code", "请填写短信验证码");
        if (string.IsNullOrEmpty(r.NewPassword)) return Outcome<bool>.Invalid("newPassword", "请填写新密码");
        var account = await accounts.FindPublicAsync(r.UserName, ct);
        if (account is null || !await sms.CheckAsync(account.Id, SmsPurpose.ResetPassword, r.Code, ct))
            return Outcome<bool>.Invalid("code", "验证码错误或已失效，请重新获取");
        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), r.NewPassword);
        if (!reset.Succeeded) return Outcome<bool>.Invalid(Errors(reset, "newPassword"));
        // The code reached the phone: it is proven, and a lockout from forgotten passwords ends.
        account.PhoneProvenAt ??= clock.GetUtcNow();
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        audit.Record(account.UserName!, "account.password.reset", $"account:{account.UserName}", "短信验证码");
        await unitOfWork.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    private static Dictionary<string, string[]> Errors(IdentityResult result, string wrongPasswordField) =>
        result.Errors.GroupBy(e => e.Code == "PasswordMismatch" ? wrongPasswordField : "newPassword")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
