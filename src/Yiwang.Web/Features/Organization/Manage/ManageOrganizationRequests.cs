namespace Yiwang.Web.Features.Organization.Manage;

internal sealed record CreateDivisionRequest(string? Code, string? Name, string? ParentCode);
internal sealed record CreateDepartmentRequest(string? Code, string? Name, int? ParentId, string? DivisionCode, DepartmentKind Kind, string? Phone);
internal sealed record CreateHallRequest(string? Name, HallKind Kind, string? DivisionCode, string? Address, string? OpeningHours, string? Phone);
internal sealed record CreateWindowRequest(string? Number, string? Name, WindowKind Kind, int? DepartmentId, string? Sector);
