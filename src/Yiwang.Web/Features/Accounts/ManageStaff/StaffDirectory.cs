using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Accounts.ManageStaff;

/// <summary>工作人员列表: every staff account with its roles, by user name.</summary>
internal sealed class StaffDirectory(YiwangDb db)
{
    public async Task<List<AccountView>> ListAsync(CancellationToken ct)
    {
        var staff = await db.Users.AsNoTracking().Where(u => u.Kind == AccountKind.Staff).OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        return staff.Select(s => AccountsHandler.View(s, roles.Where(r => r.UserId == s.Id).Select(r => r.Name!).ToList())).ToList();
    }
}
