namespace Yiwang.Web.Common.Documents;

/// <summary>What a refused import answers: the first 200 errors in row order, and how many there were in all.</summary>
internal static class ImportErrors
{
    public const int Shown = 200;

    public static Dictionary<string, string[]> First(IDictionary<string, string[]> errors) =>
        errors.Count <= Shown ? new(errors) : errors.Take(Shown).ToDictionary(e => e.Key, e => e.Value);

    public static string Title(int count) => count <= Shown
        ? $"有 {count} 处错误，未导入任何数据"
        : $"有 {count} 处错误（列出前 {Shown} 处），未导入任何数据";
}
