using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators;

/// <summary>全市, a division (and everything under it), or one department: parsed from <c>city</c>, <c>division:430802000000</c>, <c>department:21</c>.</summary>
public sealed record IndicatorScope(string Text, string Label, IReadOnlyList<int> DepartmentIds, string? DivisionCode)
{
    public static async Task<IndicatorScope?> ResolveAsync(string? text, YiwangDb db, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.DivisionCode }).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(text) || text == "city") return new("city", "全市", departments.Select(d => d.Id).ToList(), null);
        var (kind, value) = text.IndexOf(':') is var i and > 0 ? (text[..i], text[(i + 1)..]) : (text, "");
        if (kind == "division" && await db.Divisions.AsNoTracking().SingleOrDefaultAsync(d => d.Code == value, ct) is { } division)
            return new(text, division.Name, departments.Where(d => DivisionCodes.SelfAndAncestors(d.DivisionCode).Contains(division.Code)).Select(d => d.Id).ToList(), division.Code);
        if (kind == "department" && int.TryParse(value, out var id) && departments.FirstOrDefault(d => d.Id == id) is { } dept)
            return new(text, dept.Name, [dept.Id], null);
        return null;
    }
}
