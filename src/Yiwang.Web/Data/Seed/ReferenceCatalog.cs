using System.Text.Json;

namespace Yiwang.Web.Data.Seed;

/// <summary>shared/reference/catalog-sample.json, shipped inside the assembly: real names every demo contains.</summary>
internal sealed record ReferenceCatalog(ReferencePlace City, List<ReferencePlace> Counties, List<string> Departments, List<ReferenceItem> Items)
{
    public static ReferenceCatalog Load()
    {
        using var stream = typeof(ReferenceCatalog).Assembly.GetManifestResourceStream("seed.catalog-sample.json")!;
        return JsonSerializer.Deserialize<ReferenceCatalog>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}

internal sealed record ReferencePlace(string Name, string Code);
internal sealed record ReferenceItem(string Name, string Department, string Type, string Audience);
