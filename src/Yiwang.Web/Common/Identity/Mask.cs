namespace Yiwang.Web.Common.Identity;

/// <summary>How personal data is shown to people who do not need the full value.</summary>
internal static class Mask
{
    /// <summary>4308**********1234: region prefix and last four kept.</summary>
    public static string IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? "" :
        value.Length <= 8 ? new string('*', value.Length) :
        string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    /// <summary>138****5678.</summary>
    public static string Phone(string? value) =>
        string.IsNullOrEmpty(value) ? "" :
        value.Length < 7 ? new string('*', value.Length) :
        string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    /// <summary>The street part of an address kept, the door number masked (解放路****).</summary>
    public static string Address(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 6 ? value : string.Concat(value.AsSpan(0, value.Length - 4), "****");

    /// <summary>张*明: first and last character of a personal name kept.</summary>
    public static string PersonName(string? value) =>
        string.IsNullOrEmpty(value) ? "" :
        value.Length == 1 ? value :
        value.Length == 2 ? value[0] + "*" :
        string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 2), value.AsSpan(value.Length - 1));
}
