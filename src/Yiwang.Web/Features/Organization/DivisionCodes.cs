namespace Yiwang.Web.Features.Organization;

/// <summary>Structure of the 12-digit statistical division code: 2 province, 2 city, 2 county, 3 township, 3 village.</summary>
internal static class DivisionCodes
{
    /// <summary>The code itself and every enclosing division's code (village → township → county → city).</summary>
    public static IReadOnlyList<string> SelfAndAncestors(string code)
    {
        var list = new List<string>();
        foreach (var digits in new[] { 12, 9, 6, 4 })
        {
            var prefix = code[..digits];
            if (digits < 12 && prefix.TrimEnd('0').Length > digits) continue;
            var candidate = prefix.PadRight(12, '0');
            if (!list.Contains(candidate)) list.Add(candidate);
        }
        return list;
    }

    /// <summary>The division <paramref name="code"/> is <paramref name="division"/> or lies under it.</summary>
    public static bool IsWithin(string code, string division) => SelfAndAncestors(code).Contains(division);

    public static bool IsWellFormed(string? code) => code is { Length: 12 } && code.All(char.IsAsciiDigit);
}
