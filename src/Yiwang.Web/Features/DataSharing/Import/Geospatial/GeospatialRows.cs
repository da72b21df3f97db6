namespace Yiwang.Web.Features.DataSharing.Import.Geospatial;

/// <summary>空间地理库: a standard address with its division and WGS-84 coordinates, updated when already there.</summary>
internal sealed class GeospatialRows : ILibraryRows
{
    public BaseLibrary Library => BaseLibrary.Geospatial;
    public IReadOnlyList<string> Columns { get; } = ["标准地址", "行政区划代码", "经度", "纬度"];
    public bool Required(string column) => true;

    public void Read(LibraryRow r)
    {
        var address = r.Cell("标准地址");
        if (address.Length < 6) r.Fail("标准地址", "标准地址应写到门牌号（至少6个字）");
        else r.Duplicate("标准地址", address);
        var division = r.Division("行政区划代码");
        if (division is null) r.Fail("行政区划代码", "请填写行政区划代码");
        var lon = LibraryRow.Coordinate(r.Cell("经度"), 73, 136);
        if (lon is null) r.Fail("经度", "经度应为73至136之间的数字（WGS-84）");
        var lat = LibraryRow.Coordinate(r.Cell("纬度"), 3, 54);
        if (lat is null) r.Fail("纬度", "纬度应为3至54之间的数字（WGS-84）");
        if (r.Wrong) return;
        var import = r.Import;
        var now = import.Now;
        import.Upsert(import.Db.GeoAddresses, x => x.Address, address, () => new GeoAddress { Address = address, DivisionCode = division!, CreatedAt = now },
            x => { x.DivisionCode = division!; x.Longitude = lon!.Value; x.Latitude = lat!.Value; x.UpdatedAt = now; });
    }
}
