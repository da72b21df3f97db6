using System.Globalization;

namespace Yiwang.Web.Common.Identity;

/// <summary>
/// 18-digit resident identity number (公民身份号码), GB 11643-1999: an address code whose first two
/// digits are a GB/T 2260 province, a birth date (never after today, when today is given), a serial and
/// the check digit.
/// </summary>
internal static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>The province codes of GB/T 2260 (shared/reference/provinces-gb2260.json).</summary>
    private static readonly HashSet<string> Provinces = LoadProvinces();

    private static HashSet<string> LoadProvinces()
    {
        using var s = typeof(ResidentIdNumber).Assembly.GetManifestResourceStream("reference.provinces-gb2260.json")!;
        return System.Text.Json.JsonDocument.Parse(s).RootElement.EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToHashSet();
    }

    /// <summary>Returns null when valid, otherwise the reason in Chinese. With <paramref name="today"/>, a birth date after it is refused.</summary>
    public static string? Validate(string? value, DateOnly? today = null)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写身份证号码";
        var v = value.Trim().ToUpperInvariant();
        if (v.Length != 18) return "身份证号码应为18位";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(v[i])) return "身份证号码前17位应为数字";
        if (!char.IsAsciiDigit(v[17]) && v[17] != 'X') return "身份证号码第18位应为数字或X";
        if (!Provinces.Contains(v[..2])) return "身份证号码的地址码无效（前两位不是省级行政区划代码）";
        if (!DateOnly.TryParseExact(v.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1850)
            return "身份证号码中的出生日期无效";
        if (birth > today) return "身份证号码中的出生日期晚于今天";
        if (v[17] != CheckDigit(v)) return "身份证号码校验位错误";
        return null;
    }

    public static bool IsValid(string? value, DateOnly? today = null) => Validate(value, today) is null;

    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>The birth date a valid number carries (digits 7–14).</summary>
    public static DateOnly BirthDate(string valid) =>
        DateOnly.ParseExact(valid.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>男 or 女: the 17th digit is odd for men.</summary>
    public static string Gender(string valid) => (valid[16] - '0') % 2 == 1 ? "男" : "女";
}
