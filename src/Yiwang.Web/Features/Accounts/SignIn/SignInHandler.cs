using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Accounts.SignIn;

internal sealed record SignInRequest(string? UserName, string? Password);

/// <summary>Password sign-in with lockout after repeated failures.</summary>
internal sealed class SignInHandler(SignInManager<Account> signIn)
{
    public async Task<Outcome<string>> HandleAsync(SignInRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.UserName)) return Outcome<string>.Invalid("userName", "请填写用户名");
        if (string.IsNullOrWhiteSpace(r.Password)) return Outcome<string>.Invalid("password", "请填写密码");
        var result = await signIn.PasswordSignInAsync(r.UserName.Trim(), r.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return Outcome<string>.Ok(r.UserName.Trim());
        if (result.IsLockedOut) return Outcome<string>.Invalid("userName", "密码错误次数过多，账号已锁定15分钟");
        return Outcome<string>.Invalid("password", "用户名或密码错误");
    }
}
