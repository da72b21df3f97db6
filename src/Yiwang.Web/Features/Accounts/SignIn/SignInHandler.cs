using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Accounts.SignIn;

internal sealed record SignInRequest(string? UserName, string? Password);

/// <summary>Password sign-in with lockout after repeated failures.</summary>
internal sealed class SignInHandler(SignInManager<Account> signIn)
{
    public const string Refused = "用户名或密码错误；连续输错5次，账号将锁定15分钟（可通过短信验证码找回密码）";

    public async Task<Outcome<string>> HandleAsync(SignInRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.UserName)) return Outcome<string>.Invalid("userName", "请填写用户名");
        if (string.IsNullOrWhiteSpace(r.Password)) return Outcome<string>.Invalid("password", "请填写密码");
        var result = await signIn.PasswordSignInAsync(r.UserName.Trim(), r.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return Outcome<string>.Ok(r.UserName.Trim());
        // The same words whether the account is locked, the password wrong or the account unknown: they tell a stranger nothing.
        return Outcome<string>.Invalid("password", Refused);
    }
}
