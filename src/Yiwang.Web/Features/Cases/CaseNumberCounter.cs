namespace Yiwang.Web.Features.Cases;

/// <summary>Last case number issued per day (yyyyMMdd).</summary>
internal sealed class CaseNumberCounter
{
    public required string Day { get; init; }
    public int Last { get; set; }
}
