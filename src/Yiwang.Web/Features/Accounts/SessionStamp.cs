using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Accounts;

/// <summary>
/// Sessions end when they end. Every request of a signed-in account compares the security stamp in
/// its cookie with the account's current one (one read by primary key, which also brings the
/// account's assurance level into the session); signing out, changing the
/// password or disabling the account changes the stamp, so every session of the account (a copied
/// cookie included) stops at once, on every node.
/// </summary>
internal static class SessionStamp
{
    private sealed record Current(string? Stamp, Assurance.AssuranceLevel Level);

    private static readonly Func<YiwangDb, Guid, Task<Current?>> CurrentStamp =
        EF.CompileAsyncQuery((YiwangDb db, Guid id) => db.Users.Where(u => u.Id == id).Select(u => new Current(u.SecurityStamp, u.Assurance)).FirstOrDefault());

    public static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var services = ctx.HttpContext.RequestServices;
        var claims = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = ctx.Principal;
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (Guid.TryParse(principal?.FindFirstValue(claims.UserIdClaimType), out var id) && stamp is not null
            && await CurrentStamp(services.GetRequiredService<YiwangDb>(), id) is { } current && current.Stamp == stamp)
        {
            // The same read tells the session the account's assurance level, raised elsewhere (at a window, say).
            if (principal!.Identity is ClaimsIdentity identity && Assurance.AssuranceClaims.Refresh(identity, current.Level))
            {
                ctx.ReplacePrincipal(principal);
                ctx.ShouldRenew = true;
            }
            return;
        }
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Signs the account out everywhere: a new stamp (every cookie issued so far is dead), then this browser's cookie goes.</summary>
    public static async Task SignOutEverywhereAsync(HttpContext http)
    {
        var users = http.RequestServices.GetRequiredService<UserManager<Account>>();
        if (await users.GetUserAsync(http.User) is { } account) await users.UpdateSecurityStampAsync(account);
        await http.RequestServices.GetRequiredService<SignInManager<Account>>().SignOutAsync();
    }
}
