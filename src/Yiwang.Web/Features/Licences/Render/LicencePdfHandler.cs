using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences.Render;

/// <summary>The licence's PDF (with its seal and the QR code to its verification page): for its holder, its issuing department, supervisors and the platform admin.</summary>
internal sealed class LicencePdfHandler(YiwangDb db, PersonalDataProtector protector, LicenceIssuer issuer)
{
    public async Task<Outcome<(string FileName, byte[] Pdf)>> HandleAsync(Guid id, string baseUrl, ClaimsPrincipal user, CancellationToken ct)
    {
        var l = user.IsStaff() ? await db.Licences.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            : user.AccountId() is { } me ? await (await LicenceHolding.HeldByAsync(db, protector, me, ct)).SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        var mayRead = l is not null && (!user.IsStaff() || user.Meets(Policy.Oversight)
            || user.DepartmentId() == l.IssuerDepartmentId);
        if (!mayRead) return Outcome<(string, byte[])>.NotFound("证照不存在");
        return await issuer.RenderAsync(l!, baseUrl, ct) is { } doc
            ? Outcome<(string, byte[])>.Ok(doc)
            : Outcome<(string, byte[])>.Conflict("服务器未安装中文字体，无法生成证照文件");
    }
}
