namespace Yiwang.Web.Common.Http;

/// <summary>
/// The 导出 Excel link of a filtered list: the API path with format=xlsx and only the filters that
/// are set (an empty enum or date parameter would make the API refuse the whole request).
/// </summary>
internal static class ExportLink
{
    public static string Of(string path, params (string Key, string? Value)[] filters) =>
        path + QueryString.Create(filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Key, f.Value))
            .Prepend(new KeyValuePair<string, string?>("format", "xlsx"))).ToUriComponent();
}
