using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Calendar.LoadYear;

internal sealed record YearLoaded(int Year, int Holidays, int AdjustedWorkingDays, bool Replaced, int CasesRecomputed);

/// <summary>A system admin loads or corrects one year's official schedule; the calendar follows at once.</summary>
internal sealed class LoadYearHandler(YiwangDb db, TimeProvider clock, AuditLog audit, WorkingDayCalendar calendar, UnitOfWork unitOfWork)
{
    public async Task<Outcome<YearLoaded>> HandleAsync(int year, LoadYearRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policy.PlatformAdmin)) return Outcome<YearLoaded>.Forbidden("只有系统管理员可以加载或更正节假日安排");
        var errors = request.Validate(year);
        if (errors.Count > 0) return Outcome<YearLoaded>.Invalid(errors);
        var entity = request.ToEntity(year, user.Identity!.Name!, clock.GetUtcNow());
        // The old schedule goes and the new one comes in one transaction.
        var replaced = await unitOfWork.InTransactionAsync(async () =>
        {
            var existing = await db.CalendarYears.Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
            if (existing is not null)
            {
                db.CalendarDays.RemoveRange(existing.Days);
                db.CalendarYears.Remove(existing);
                await unitOfWork.CommitAsync(ct);
            }
            db.CalendarYears.Add(entity);
            audit.Record(user, existing is null ? "calendar.year.load" : "calendar.year.correct", $"calendar:{year}", request.Notice);
            await unitOfWork.CommitAsync(ct);
            return Outcome<bool>.Ok(existing is not null);
        }, ct);
        await calendar.ReloadAsync(ct, force: true);
        // Open cases' due dates follow (Cases reacts; the calendar knows no case).
        var loaded = entity.Loaded(calendar.Schedule);
        await unitOfWork.CommitAsync(ct);
        return Outcome<YearLoaded>.Ok(new YearLoaded(year, entity.Days.Count(d => d.Kind == CalendarDayKind.Holiday),
            entity.Days.Count(d => d.Kind == CalendarDayKind.AdjustedWorkingDay), replaced.Value, loaded.Recounted));
    }
}
