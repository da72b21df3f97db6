namespace Yiwang.Web.Common.Audit;

/// <summary>
/// Audit actions staff take on a person's account (subject <c>account:{user name}</c>) that the person
/// sees in their own 数据使用记录, with the words they read.
/// </summary>
internal static class AccountUses
{
    public const string AssistConsentCode = "case.assist.consent-code", AssistLookup = "case.assist.lookup", AssistRefused = "case.assist.refused",
        WindowIdentityCheck = "account.assurance.window", RegisteredAtWindow = "account.register-at-window";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [AssistConsentCode] = "帮办代办：向您的手机发送授权验证码",
        [AssistLookup] = "帮办代办：窗口调取您的账号信息代为申请",
        [AssistRefused] = "帮办代办：授权验证码不正确，未调取",
        [WindowIdentityCheck] = "窗口核验身份证原件（L3 实人认证）",
        [RegisteredAtWindow] = "在窗口为您登记账号",
    };

    public static string Subject(string userName) => $"account:{userName}";
}
