namespace Yiwang.Web.Common.Identity;

/// <summary>统一社会信用代码, GB 32100-2015: 18 characters with a base-31 check character.</summary>
internal static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Returns null when valid, otherwise the reason in Chinese.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写统一社会信用代码";
        var v = value.Trim().ToUpperInvariant();
        if (v.Length != 18) return "统一社会信用代码应为18位";
        foreach (var c in v)
            if (Alphabet.IndexOf(c) < 0) return $"统一社会信用代码含有无效字符“{c}”";
        for (var i = 2; i < 8; i++)
            if (!char.IsAsciiDigit(v[i])) return "统一社会信用代码第3至8位应为行政区划码";
        if (v[17] != CheckCharacter(v)) return "统一社会信用代码校验位错误";
        return null;
    }

    public static bool IsValid(string? value) => Validate(value) is null;

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
