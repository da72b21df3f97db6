namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>One item in the exchange format (docs/catalog-format.md): code, owning department's code, guide.</summary>
internal sealed class CatalogRecord
{
    public string Code { get; set; } = "";
    public string DepartmentCode { get; set; } = "";
    public ServiceGuide Guide { get; set; } = new();
}

/// <summary>The JSON file: a format tag and the records.</summary>
internal sealed class CatalogFile
{
    public const string CurrentFormat = "yiwang-catalog/1";
    public string Format { get; set; } = CurrentFormat;
    public List<CatalogRecord> Items { get; set; } = [];
}

/// <summary>An error found in an import, located by row (1-based, as the file shows it) and field.</summary>
internal sealed record ImportError(string Sheet, int Row, string Field, string Message)
{
    public string Key => Sheet.Length == 0 ? $"第{Row}条.{Field}" : $"{Sheet}!第{Row}行.{Field}";
}
