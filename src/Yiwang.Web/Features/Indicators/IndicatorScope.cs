using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators;

/// <summary>
/// 全市, a division (and everything under it), a department, a hall, a window or one staff member:
/// parsed from <c>city</c>, <c>division:430802000000</c>, <c>department:21</c>, <c>hall:1</c>,
/// <c>window:3</c>, <c>staff:clerk</c>. <see cref="DepartmentIds"/> are the departments whose items
/// the catalog figures count; <see cref="Cases"/>, when set, narrows the case figures to the cases
/// accepted at that hall or window, or accepted or decided by that person (counted live, not rolled up).
/// </summary>
internal sealed record IndicatorScope(string Text, string Label, IReadOnlyList<int> DepartmentIds, string? DivisionCode, Expression<Func<Case, bool>>? Cases = null)
{
    public static async Task<IndicatorScope?> ResolveAsync(string? text, YiwangDb db, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.DivisionCode }).ToListAsync(ct);
        List<int> Under(string divisionCode) => departments.Where(d => DivisionCodes.IsWithin(d.DivisionCode, divisionCode)).Select(d => d.Id).ToList();
        if (string.IsNullOrWhiteSpace(text) || text == "city") return new("city", "全市", departments.Select(d => d.Id).ToList(), null);
        var (kind, value) = text.IndexOf(':') is var i and > 0 ? (text[..i], text[(i + 1)..]) : (text, "");
        var id = int.TryParse(value, out var n) ? n : (int?)null;
        switch (kind)
        {
            case "division" when await db.Divisions.AsNoTracking().SingleOrDefaultAsync(d => d.Code == value, ct) is { } division:
                return new(text, division.Name, Under(division.Code), division.Code);
            case "department" when departments.FirstOrDefault(d => d.Id == id) is { } dept:
                return new(text, dept.Name, [dept.Id], null);
            case "hall" when id is { } hallId && await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Id == hallId, ct) is { } hall:
                return new(text, hall.Name, Under(hall.DivisionCode), null, c => c.AcceptedHallId == hallId);
            case "window" when id is { } windowId && await db.Windows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == windowId, ct) is { } window:
                var windowHall = await db.Halls.AsNoTracking().SingleAsync(h => h.Id == window.HallId, ct);
                // A 专窗 serves its department's items; a comprehensive window everything its hall serves.
                return new(text, $"{windowHall.Name} {window.Number} 号窗口（{window.Name}）", window.DepartmentId is { } wd ? [wd] : Under(windowHall.DivisionCode), null,
                    c => c.AcceptedWindowId == windowId);
            case "staff" when value.Length > 0 && await db.Users.AsNoTracking().Where(u => u.UserName == value && u.Kind == Accounts.AccountKind.Staff)
                                 .Select(u => new { u.DisplayName, u.DepartmentId, u.HallId }).SingleOrDefaultAsync(ct) is { } staff:
                var served = staff.DepartmentId is { } sd ? [sd]
                    : staff.HallId is { } sh && await db.Halls.AsNoTracking().Where(h => h.Id == sh).Select(h => h.DivisionCode).SingleOrDefaultAsync(ct) is { } code ? Under(code)
                    : departments.Select(d => d.Id).ToList();
                return new(text, staff.DisplayName, served, null, c => c.AcceptedBy == value || c.DecidedBy == value);
            default:
                return null;
        }
    }
}
