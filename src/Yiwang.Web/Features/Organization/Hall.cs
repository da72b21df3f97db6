namespace Yiwang.Web.Features.Organization;

/// <summary>政务服务大厅: 政务服务中心, 分中心 or 便民服务中心, with its windows.</summary>
internal sealed class Hall
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public HallKind Kind { get; set; }
    public required string DivisionCode { get; set; }
    public required string Address { get; set; }
    public required string OpeningHours { get; set; }
    public string? Phone { get; set; }
    public List<Window> Windows { get; init; } = [];
}

public enum HallKind { ServiceCenter, SubCenter, ConvenienceCenter }

/// <summary>窗口: where a clerk meets the applicant.</summary>
internal sealed class Window
{
    public int Id { get; init; }
    public int HallId { get; init; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public WindowKind Kind { get; set; }
    /// <summary>For a 专窗: the department that staffs it.</summary>
    public int? DepartmentId { get; set; }
    /// <summary>For a 板块无差别 window: the sector it serves (商事登记, 社会事务 …).</summary>
    public string? Sector { get; set; }
}

public enum WindowKind { GeneralAll, GeneralSector, Dedicated, Assistance, Complaint }

internal static class HallNames
{
    public static string Label(this HallKind kind) => kind switch
    {
        HallKind.ServiceCenter => "政务服务中心",
        HallKind.SubCenter => "分中心",
        _ => "便民服务中心",
    };

    public static string Label(this WindowKind kind) => kind switch
    {
        WindowKind.GeneralAll => "综合窗口（全科无差别）",
        WindowKind.GeneralSector => "综合窗口（板块无差别）",
        WindowKind.Dedicated => "专窗",
        WindowKind.Assistance => "帮办代办窗口",
        _ => "办不成事反映窗口",
    };
}
