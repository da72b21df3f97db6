namespace Yiwang.Web.Features.Organization;

/// <summary>部门: a 市直 or 驻张 unit (or a county's own), possibly under a parent department.</summary>
internal sealed class Department
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public required string DivisionCode { get; set; }
    public DepartmentKind Kind { get; set; }
    public string? Phone { get; set; }
}

public enum DepartmentKind { CityDirect, Stationed, County }

internal static class DepartmentKindNames
{
    public static string Label(this DepartmentKind kind) => kind switch
    {
        DepartmentKind.CityDirect => "市直单位",
        DepartmentKind.Stationed => "驻张单位",
        _ => "区县单位",
    };
}
