namespace Yiwang.Web.Features.DataSharing;

/// <summary>地理空间库: a standard address with its division code and WGS-84 coordinates.</summary>
internal sealed class GeoAddress
{
    public long Id { get; init; }
    public required string Address { get; init; }
    public required string DivisionCode { get; set; }
    public double Longitude { get; set; }
    public double Latitude { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Dictionary<string, string?> Fields() => new()
    {
        ["address"] = Address, ["divisionCode"] = DivisionCode,
        ["longitude"] = Longitude.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture),
        ["latitude"] = Latitude.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture),
    };
}
