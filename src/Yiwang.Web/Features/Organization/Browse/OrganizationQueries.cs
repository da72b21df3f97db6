using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Organization.Browse;

internal sealed record DivisionView(string Code, string Name, DivisionLevel Level, string LevelName, string? ParentCode);
internal sealed record DepartmentView(int Id, string Code, string Name, int? ParentId, string DivisionCode, DepartmentKind Kind, string KindName, string? Phone);
internal sealed record WindowView(int Id, string Number, string Name, WindowKind Kind, string KindName, int? DepartmentId, string? Sector);
internal sealed record HallView(int Id, string Name, HallKind Kind, string KindName, string DivisionCode, string Address, string OpeningHours, string? Phone, IReadOnlyList<WindowView> Windows);

/// <summary>Read side of the organization: what the portal, the console and the API list.</summary>
internal sealed class OrganizationQueries(YiwangDb db)
{
    public async Task<List<DivisionView>> DivisionsAsync(string? parent, CancellationToken ct) =>
        (await db.Divisions.AsNoTracking()
            .Where(d => parent == null || d.ParentCode == parent)
            .OrderBy(d => d.Code).ToListAsync(ct))
        .Select(d => new DivisionView(d.Code, d.Name, d.Level, d.Level.Label(), d.ParentCode)).ToList();

    public async Task<List<DepartmentView>> DepartmentsAsync(string? division, CancellationToken ct) =>
        (await db.Departments.AsNoTracking()
            .Where(d => division == null || d.DivisionCode == division)
            .OrderBy(d => d.Code).ToListAsync(ct))
        .Select(d => new DepartmentView(d.Id, d.Code, d.Name, d.ParentId, d.DivisionCode, d.Kind, d.Kind.Label(), d.Phone)).ToList();

    public async Task<List<HallView>> HallsAsync(string? division, CancellationToken ct) =>
        (await db.Halls.AsNoTracking().Include(h => h.Windows)
            .Where(h => division == null || h.DivisionCode == division)
            .OrderBy(h => h.Id).ToListAsync(ct))
        .Select(h => new HallView(h.Id, h.Name, h.Kind, h.Kind.Label(), h.DivisionCode, h.Address, h.OpeningHours, h.Phone,
            h.Windows.OrderBy(w => w.Number).Select(w => new WindowView(w.Id, w.Number, w.Name, w.Kind, w.Kind.Label(), w.DepartmentId, w.Sector)).ToList()))
        .ToList();
}
