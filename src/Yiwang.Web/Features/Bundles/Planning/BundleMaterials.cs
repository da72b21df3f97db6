namespace Yiwang.Web.Features.Bundles.Planning;

/// <summary>
/// The merged material list of a bundle: each item's materials, a material several parts need
/// asked once (same name: one entry, required if any part requires it, the forms of all), the
/// items' own application forms (申请表/申请书) replaced by the bundle's one form, and a material that is another
/// part's result marked as provided by that part.
/// </summary>
internal static class BundleMaterials
{
    public static List<BundleMaterial> Merge(IReadOnlyList<BundlePart> parts, IReadOnlyDictionary<string, PartItem> items)
    {
        var merged = new List<BundleMaterial>();
        var byName = new Dictionary<string, BundleMaterial>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (!items.TryGetValue(part.ItemCode, out var item)) continue;
            foreach (var m in item.Guide.Materials)
            {
                var name = m.Name.Trim();
                if (name.EndsWith("申请表", StringComparison.Ordinal) || name.EndsWith("申请书", StringComparison.Ordinal)) continue;
                if (!byName.TryGetValue(name, out var b))
                {
                    b = new BundleMaterial
                    {
                        Key = $"m{merged.Count + 1}", Name = name, Forms = [.. m.Forms], Copies = m.Copies, Required = m.Required,
                        Condition = m.Condition, When = m.When, Source = m.Source, Note = m.Note,
                    };
                    byName[name] = b;
                    merged.Add(b);
                }
                else
                {
                    b.Required |= m.Required;
                    if (b.Required) b.Condition = null;
                    b.Copies = Math.Max(b.Copies, m.Copies);
                    foreach (var f in m.Forms.Where(f => !b.Forms.Contains(f))) b.Forms.Add(f);
                }
                if (!b.Parts.Contains(part.Key)) b.Parts.Add(part.Key);
            }
        }
        foreach (var b in merged)
            b.ProvidedBy = parts.Where(p => !b.Parts.Contains(p.Key) && items.TryGetValue(p.ItemCode, out var i) && i.Guide.ResultName == b.Name)
                .Select(p => p.Key).ToList();
        return merged;
    }

    /// <summary>Every part that (directly or through others) comes after the given one.</summary>
    public static bool ComesAfter(IReadOnlyList<BundlePart> parts, string later, string earlier)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([later]);
        while (todo.TryPop(out var k))
        {
            var p = parts.FirstOrDefault(x => x.Key == k);
            if (p is null) continue;
            foreach (var a in p.After)
            {
                if (a == earlier) return true;
                if (seen.Add(a)) todo.Push(a);
            }
        }
        return false;
    }
}
