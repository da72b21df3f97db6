namespace Yiwang.Web.Common.Identity;

/// <summary>Mainland mobile numbers: 11 digits starting with 1.</summary>
internal static class PhoneNumber
{
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写手机号码";
        var v = value.Trim();
        return v.Length == 11 && v[0] == '1' && v.All(char.IsAsciiDigit) ? null : "手机号码应为以1开头的11位数字";
    }
}
