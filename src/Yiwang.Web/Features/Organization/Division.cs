namespace Yiwang.Web.Features.Organization;

/// <summary>行政区划: 市 / 区县 / 乡镇街道 / 村社区, identified by its 12-digit statistical code.</summary>
internal sealed class Division
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public DivisionLevel Level { get; init; }
    public string? ParentCode { get; init; }
}

internal enum DivisionLevel { City = 1, County = 2, Township = 3, Village = 4 }

internal static class DivisionLevelNames
{
    public static string Label(this DivisionLevel level) => level switch
    {
        DivisionLevel.City => "市",
        DivisionLevel.County => "区县",
        DivisionLevel.Township => "乡镇街道",
        _ => "村社区",
    };

    /// <summary>The 12-digit code length used at each level: 4308 00 000 000.</summary>
    public static int SignificantDigits(this DivisionLevel level) => level switch
    {
        DivisionLevel.City => 4,
        DivisionLevel.County => 6,
        DivisionLevel.Township => 9,
        _ => 12,
    };
}
