using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles.Extend;

/// <summary>延期 of a 一件事: how many working days (at most <see cref="BundleCase.JointExtensionDays"/>) and why (told to the applicant).</summary>
internal sealed record ExtendBundleRequest(Guid? Concurrency, int Days, string? Reason);

/// <summary>
/// 联合办理延期 (行政许可法 §42: 45 days, +15 with approval): the 政务服务中心负责人 of the hall that accepted
/// the bundle approves it by granting it; once, before the legal limit has passed.
/// </summary>
internal sealed class ExtendBundleHandler(YiwangDb db, BundleCaseScope scope, BundleCaseHandler cases, WorkingDayCalendar calendar, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<Outcome<BundleCaseView>> ExtendAsync(string number, ExtendBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (b is null || !await scope.CanReadAsync(user, b, ct)) return Outcome<BundleCaseView>.NotFound($"一件事办件 {number} 不存在");
        if (!BundleCaseScope.IsCentreHead(user, b)) return Outcome<BundleCaseView>.Forbidden("一件事延期须由受理大厅的政务服务中心负责人批准");
        if (r.Concurrency is { } seen && seen != b.Concurrency) return Outcome<BundleCaseView>.Conflict("该一件事办件已被他人处理，请刷新后再操作");
        try
        {
            b.Extend(new Actor(user.Identity!.Name!, clock.GetUtcNow(), $"hall:{user.HallId()}"), r.Days, r.Reason ?? "", user.Name(), clock.Today(), calendar.Schedule);
            await unitOfWork.CommitAsync(ct);
        }
        catch (CaseTransitionException e) { return Outcome<BundleCaseView>.Conflict(e.Message); }
        catch (CalendarRangeException e) { return Outcome<BundleCaseView>.Invalid("date", e.Message); }
        catch (DbUpdateException) { return Outcome<BundleCaseView>.Conflict("该一件事办件已被他人处理，请刷新后再操作"); }
        var parts = await db.Cases.AsNoTracking().Include(c => c.Events).Where(c => c.BundleCaseId == b.Id).ToListAsync(ct);
        return Outcome<BundleCaseView>.Ok(await cases.ViewAsync(b, parts, ct));
    }
}
