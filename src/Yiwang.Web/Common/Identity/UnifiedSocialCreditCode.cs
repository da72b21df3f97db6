namespace Yiwang.Web.Common.Identity;

/// <summary>
/// 统一社会信用代码, GB 32100-2015: the registration authority (1 character) and the kind of
/// organisation it registers (1), the division (6 digits), the organisation code of GB 11714 (8
/// characters and its own check digit) and a base-31 check character over all of it.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// 登记管理部门代码 → its 机构类别代码 (GB 32100-2015 annex A): 1 机构编制, 2 外交, 3 司法行政, 4 文化,
    /// 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他.
    /// </summary>
    private static readonly Dictionary<char, string> Kinds = new()
    {
        ['1'] = "1239", ['2'] = "19", ['3'] = "123459", ['4'] = "19", ['5'] = "1239", ['6'] = "129",
        ['7'] = "129", ['8'] = "19", ['9'] = "123", ['A'] = "19", ['N'] = "1239", ['Y'] = "1",
    };

    /// <summary>GB 11714 weights of the organisation code's eight body characters.</summary>
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Returns null when valid, otherwise the reason in Chinese.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写统一社会信用代码";
        var v = value.Trim().ToUpperInvariant();
        if (v.Length != 18) return "统一社会信用代码应为18位";
        foreach (var c in v)
            if (Alphabet.IndexOf(c) < 0) return $"统一社会信用代码含有无效字符“{c}”";
        if (!Kinds.TryGetValue(v[0], out var kinds)) return "统一社会信用代码第1位不是登记管理部门代码";
        if (!kinds.Contains(v[1])) return "统一社会信用代码第2位不是该登记管理部门的机构类别代码";
        for (var i = 2; i < 8; i++)
            if (!char.IsAsciiDigit(v[i])) return "统一社会信用代码第3至8位应为行政区划码";
        if (v[16] != OrganisationCheck(v.AsSpan(8, 8))) return "统一社会信用代码中的组织机构代码（第9至17位）校验位错误";
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

    /// <summary>The GB 11714 check digit of an organisation code's eight body characters (digits, letters A=10 … Z=35): 0–9 or X.</summary>
    public static char OrganisationCheck(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (char.IsAsciiDigit(body8[i]) ? body8[i] - '0' : body8[i] - 'A' + 10) * OrganisationWeights[i];
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
    }
}
