namespace Yiwang.Web.Features.Organization.Manage;

public sealed record CreateDivisionRequest(string? Code, string? Name, string? ParentCode);
public sealed record CreateDepartmentRequest(string? Code, string? Name, int? ParentId, string? DivisionCode, DepartmentKind Kind, string? Phone);
public sealed record CreateHallRequest(string? Name, HallKind Kind, string? DivisionCode, string? Address, string? OpeningHours, string? Phone);
public sealed record CreateWindowRequest(string? Number, string? Name, WindowKind Kind, int? DepartmentId, string? Sector);
