using System.Security.Claims;

namespace Yiwang.Web.Common.Auth;

/// <summary>Claims carried in the cookie so scope checks need no database read.</summary>
internal static class StaffClaims
{
    public const string Department = "yiwang:department";
    public const string Hall = "yiwang:hall";
    public const string Window = "yiwang:window";
    public const string Kind = "yiwang:kind";
    public const string DisplayName = "yiwang:name";
    /// <summary>A legal person's 统一社会信用代码 (public, not personal data): forms prefill from the 法人库 without reading the account.</summary>
    public const string CreditCodeClaim = "yiwang:credit-code";

    public static int? DepartmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Department), out var id) ? id : null;

    public static int? HallId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Hall), out var id) ? id : null;

    /// <summary>The window (seat) a clerk works at in their hall.</summary>
    public static int? WindowId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Window), out var id) ? id : null;

    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static string? CreditCode(this ClaimsPrincipal user) => user.FindFirstValue(CreditCodeClaim);

    /// <summary>The <see cref="Kind"/> claim of a staff account (the name of <c>AccountKind.Staff</c>).</summary>
    public const string StaffKind = "Staff";

    public static bool IsStaff(this ClaimsPrincipal user) => user.FindFirstValue(Kind) == StaffKind;
}
