using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Auth;

namespace Yiwang.Web.Features.Accounts;

/// <summary>Identity's messages in Chinese, since they reach people beside the field.</summary>
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名“{userName}”已被使用");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "用户名只能包含字母、数字和 - . _ @");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"密码至少{length}位");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码须包含数字");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码须包含小写字母");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码须包含大写字母");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码须包含符号");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"密码至少包含{uniqueChars}个不同字符");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "密码错误");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"角色“{role}”已存在");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"已具有角色“{StaffRole.Label(role)}”");
    public override IdentityError DefaultError() => E(nameof(DefaultError), "操作失败");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "账号已被他人修改，请重试");
}
