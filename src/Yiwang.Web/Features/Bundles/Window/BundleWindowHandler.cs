using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Bundles.Window;

/// <summary>综合窗口受理: every submitted part accepted in one visit, except those listed for 补正 (with exactly what is missing).</summary>
internal sealed record AcceptBundleRequest(Guid? Concurrency, Dictionary<string, List<string>>? Supplements = null, bool ApplicantPresent = false);

/// <summary>统一出件 at the window (or by post with the tracking number).</summary>
internal sealed record DeliverBundleRequest(Guid? Concurrency, string? TrackingNumber = null, bool ApplicantPresent = false);

/// <summary>
/// The window's side of a bundle case: accept the whole at a 综合窗口 (or the park's 一件事一次办专窗)
/// in one visit, and deliver every result together. Each part's case changes through its own
/// state machine; the bundle records the visit.
/// </summary>
internal sealed class BundleWindowHandler(YiwangDb db, BundleCaseScope scope, BundleCaseHandler cases, BundleProgress progress, WorkingDayCalendar calendar,
    UnitOfWork unitOfWork, TimeProvider clock, Cases.Materials.GivenMaterialsReader versions)
{
    public const string BundleWindowSector = "一件事一次办";

    public async Task<Outcome<BundleCaseView>> AcceptAsync(string number, AcceptBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var (b, refusal) = await LoadAsync(number, r.Concurrency, user, ct);
        if (b is null) return refusal!.As<BundleCaseView>();
        if (await WindowProblemAsync(user, ct) is { } problem) return Outcome<BundleCaseView>.Forbidden(problem);
        var parts = await db.Cases.Include(c => c.Events).Where(c => c.BundleCaseId == b.Id).ToListAsync(ct);
        var waiting = parts.Where(c => c.Status == CaseStatus.Submitted).ToList();
        if (waiting.Count == 0) return Outcome<BundleCaseView>.Conflict("没有待受理的事项");
        var supplements = r.Supplements ?? [];
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, missing) in supplements)
        {
            if (!waiting.Any(c => c.Number == b.Part(key)?.CaseNumber)) errors[$"supplements.{key}"] = [$"“{key}”不是待受理的事项"];
            else if (missing is null || missing.All(string.IsNullOrWhiteSpace)) errors[$"supplements.{key}"] = ["一次性告知书须列明需补正的全部材料"];
        }
        if (errors.Count > 0) return Outcome<BundleCaseView>.Invalid(errors, "补正告知填写有误");

        var now = clock.GetUtcNow();
        var actor = new Actor(user.Identity!.Name!, now, $"hall:{user.HallId()}", r.ApplicantPresent, user.HallId(), user.WindowId());
        var (accepted, returned) = (new List<string>(), new List<string>());
        foreach (var c in waiting)
        {
            var key = b.Parts.First(p => p.CaseNumber == c.Number).Key;
            try
            {
                if (supplements.TryGetValue(key, out var missing))
                {
                    // The 补正 term of the part's own item (the version it was applied under).
                    var term = ((await versions.GuideAsync(c, ct))?.TimeRules ?? new Catalog.TimeRules()).SupplementTerm;
                    c.RequestSupplement(actor, missing.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList(), ChinaTime.Date(now), calendar.Schedule, term);
                    returned.Add($"{c.ItemName}（{string.Join("；", c.MissingMaterials)}）");
                }
                else
                {
                    c.Accept(actor, ChinaTime.Date(now), calendar.Schedule);
                    accepted.Add(c.ItemName);
                }
            }
            catch (CaseTransitionException e) { return Outcome<BundleCaseView>.Conflict($"{c.ItemName}：{e.Message}"); }
            catch (CalendarRangeException e) { return Outcome<BundleCaseView>.Invalid("date", e.Message); }
        }
        try { b.AcceptedAtWindow(actor, accepted, returned, ChinaTime.Date(now), calendar.Schedule); }
        catch (CalendarRangeException e) { return Outcome<BundleCaseView>.Invalid("date", e.Message); }
        return await SaveAsync(b, parts, ct);
    }

    public async Task<Outcome<BundleCaseView>> DeliverAsync(string number, DeliverBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var (b, refusal) = await LoadAsync(number, r.Concurrency, user, ct);
        if (b is null) return refusal!.As<BundleCaseView>();
        var parts = await db.Cases.Include(c => c.Events).Where(c => c.BundleCaseId == b.Id).ToListAsync(ct);
        if (b.ClosedAt is not null) return Outcome<BundleCaseView>.Conflict("一件事已办结");
        if (!BundleCaseStatus.AllFinished(b, parts))
            return Outcome<BundleCaseView>.Conflict("尚有事项未办结，办理结果须统一出件");
        if (b.DeliveryMethod == DeliveryMethod.WindowPickup && b.PickupHallId is { } hall && user.HallId() != hall)
            return Outcome<BundleCaseView>.Forbidden("申请人选择在其他大厅领取，请由该大厅出件");
        if (b.DeliveryMethod == DeliveryMethod.Post && string.IsNullOrWhiteSpace(r.TrackingNumber))
            return Outcome<BundleCaseView>.Invalid("trackingNumber", "邮寄送达须登记快递单号");
        var actor = new Actor(user.Identity!.Name!, clock.GetUtcNow(), $"hall:{user.HallId()}", r.ApplicantPresent, user.HallId(), user.WindowId());
        progress.DeliverAll(b, parts, actor, string.IsNullOrWhiteSpace(r.TrackingNumber) ? null : r.TrackingNumber.Trim());
        return await SaveAsync(b, parts, ct);
    }

    /// <summary>The bundle cases the clerk's hall has to accept or hand out.</summary>
    public async Task<List<BundleCaseListRow>> QueueAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var open = await db.BundleCases.AsNoTracking().Where(b => b.ClosedAt == null).OrderBy(b => b.Id).Take(500).ToListAsync(ct);
        return (await cases.RowsAsync(await scope.AtWindowAsync(user, open, ct), ct)).Where(r => r.StatusName is "待受理" or "待统一出件" or "部分事项待补正").ToList();
    }

    private async Task<(BundleCase? Bundle, Outcome<bool>? Refusal)> LoadAsync(string number, Guid? concurrency, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (b is null) return (null, Outcome<bool>.NotFound($"一件事办件 {number} 不存在"));
        if (!await scope.AtWindowAsync(user, b, ct))
            return (null, await scope.CanReadAsync(user, b, ct) ? Outcome<bool>.Forbidden("只有窗口工作人员可以受理和出件") : Outcome<bool>.NotFound($"一件事办件 {number} 不存在"));
        if (concurrency is { } seen && seen != b.Concurrency) return (null, Outcome<bool>.Conflict("该一件事办件已被他人处理，请刷新后再操作"));
        return (b, null);
    }

    /// <summary>Bundles are accepted at a 综合窗口 or the 一件事一次办专窗, where the clerk's seat is known.</summary>
    private async Task<string?> WindowProblemAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.WindowId() is not { } id) return "请先在个人设置中登记您所在的综合窗口，再受理一件事";
        var w = await db.Windows.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return w is not null && (w.Kind is WindowKind.GeneralAll or WindowKind.GeneralSector || w.Sector == BundleWindowSector) ? null
            : "一件事须在综合窗口或“一件事一次办”专窗受理";
    }

    private async Task<Outcome<BundleCaseView>> SaveAsync(BundleCase b, List<Case> parts, CancellationToken ct)
    {
        try
        {
            // Each part's supervision and messages react to its own events, in this unit of work.
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<BundleCaseView>.Conflict("该一件事办件已被他人处理，请刷新后再操作");
        }
        catch (CaseTransitionException e)
        {
            return Outcome<BundleCaseView>.Conflict(e.Message);
        }
        return Outcome<BundleCaseView>.Ok(await cases.ViewAsync(b, parts, ct));
    }
}
