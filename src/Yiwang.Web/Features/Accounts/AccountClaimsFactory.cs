using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yiwang.Web.Common.Auth;

namespace Yiwang.Web.Features.Accounts;

/// <summary>Puts kind, name and the staff scope (department, hall) into the sign-in cookie.</summary>
internal sealed class AccountClaimsFactory(UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.Kind, user.Kind.ToString()));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } d) identity.AddClaim(new Claim(StaffClaims.Department, d.ToString(CultureInfo.InvariantCulture)));
        if (user.HallId is { } h) identity.AddClaim(new Claim(StaffClaims.Hall, h.ToString(CultureInfo.InvariantCulture)));
        if (user.Kind == AccountKind.LegalPerson && user.CreditCode is { } code) identity.AddClaim(new Claim(StaffClaims.CreditCodeClaim, code));
        identity.AddClaim(new Claim(Assurance.AssuranceClaims.Type, user.Assurance.ToString()));
        if (user.WindowId is { } w) identity.AddClaim(new Claim(StaffClaims.Window, w.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
