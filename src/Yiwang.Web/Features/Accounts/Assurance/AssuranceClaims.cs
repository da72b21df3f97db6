using System.Security.Claims;

namespace Yiwang.Web.Features.Accounts.Assurance;

/// <summary>The account's assurance level in its session (kept current by <see cref="SessionStamp"/>).</summary>
internal static class AssuranceClaims
{
    public const string Type = "yiwang:assurance";

    public static AssuranceLevel Assurance(this ClaimsPrincipal user) =>
        Enum.TryParse<AssuranceLevel>(user.FindFirstValue(Type), out var level) ? level : AssuranceLevel.L1;

    /// <summary>Whether a public user reaches <paramref name="needed"/> (staff act by role and are not asked).</summary>
    public static bool Reaches(this ClaimsPrincipal user, AssuranceLevel needed) => Common.Auth.StaffClaims.IsStaff(user) || user.Assurance() >= needed;

    /// <summary>Puts <paramref name="level"/> into the identity; true when it changed.</summary>
    public static bool Refresh(ClaimsIdentity identity, AssuranceLevel level)
    {
        var claim = identity.FindFirst(Type);
        if (claim?.Value == level.ToString()) return false;
        if (claim is not null) identity.RemoveClaim(claim);
        identity.AddClaim(new Claim(Type, level.ToString()));
        return true;
    }
}
