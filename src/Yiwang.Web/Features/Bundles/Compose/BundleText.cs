using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Features.Bundles.Compose;

/// <summary>
/// The list parts of a bundle definition as lines an admin edits on the compose page, one entry a
/// line, columns separated by "|". Parsing reports the section and line of each problem; the
/// definition is then checked as a whole by <see cref="Planning.BundleValidation"/>.
/// </summary>
internal static class BundleText
{
    private static readonly Dictionary<string, QuestionKind> Kinds = new() { ["是否"] = QuestionKind.YesNo, ["选择"] = QuestionKind.Choice, ["数字"] = QuestionKind.Number };
    private static readonly Dictionary<string, FormPrefill> Prefills = new()
    {
        ["无"] = FormPrefill.None, ["姓名"] = FormPrefill.Name, ["身份证号码"] = FormPrefill.IdNumber, ["手机号码"] = FormPrefill.Phone, ["统一社会信用代码"] = FormPrefill.CreditCode, ["法人名称"] = FormPrefill.OrganisationName, ["法人住所"] = FormPrefill.OrganisationAddress, ["法定代表人"] = FormPrefill.LegalRepresentative,
    };

    public static string Questions(IEnumerable<Question> questions) => string.Join("\n", questions.Select(q =>
        $"{q.Key} | {Kinds.First(k => k.Value == q.Kind).Key} | {q.Text} | {string.Join("、", q.Options)}".TrimEnd(' ', '|')));

    public static string Parts(IEnumerable<BundlePart> parts) => string.Join("\n", parts.Select(p =>
        $"{p.Key} | {p.ItemCode} | {p.When} | {string.Join(",", p.After)}".TrimEnd(' ', '|')));

    public static string Fields(IEnumerable<BundleField> fields) => string.Join("\n", fields.Select(f =>
        $"{f.Key} | {f.Label} | {f.Type.Label()} | {(f.Required ? "是" : "否")} | {string.Join(",", f.MapsTo)} | {f.When} | {string.Join("、", f.Options)} | {Prefills.First(p => p.Value == f.Prefill).Key}"));

    public static string Materials(IEnumerable<BundleMaterial> materials) => string.Join("\n", materials.Select(m =>
        $"{m.Name} | {string.Join(",", m.Parts)} | {m.When} | {m.Note}".TrimEnd(' ', '|')));

    public static List<Question> ParseQuestions(string? text, Dictionary<string, string[]> errors) => Lines<Question>(text, "questionsText", errors, 3, (c, fail) =>
        Kinds.TryGetValue(c[1], out var kind)
            ? new Question { Key = c[0], Kind = kind, Text = c[2], Options = Split(c.ElementAtOrDefault(3), '、') }
            : fail("题型应为 是否、选择 或 数字"));

    public static List<BundlePart> ParseParts(string? text, Dictionary<string, string[]> errors) => Lines<BundlePart>(text, "partsText", errors, 2, (c, _) =>
        new BundlePart { Key = c[0], ItemCode = c[1], When = Blank(c.ElementAtOrDefault(2)), After = Split(c.ElementAtOrDefault(3), ',') });

    public static List<BundleField> ParseFields(string? text, Dictionary<string, string[]> errors) => Lines<BundleField>(text, "fieldsText", errors, 3, (c, fail) =>
    {
        if (!CatalogNames.TryParse(FormFieldTypes, c[2], out FormFieldType type)) return fail($"字段类型应为：{string.Join("、", FormFieldTypes.Values)}");
        var prefill = c.ElementAtOrDefault(7) is { Length: > 0 } p ? Prefills.GetValueOrDefault(p, (FormPrefill)(-1)) : FormPrefill.None;
        if (!Enum.IsDefined(prefill)) return fail($"预填应为：{string.Join("、", Prefills.Keys)}");
        return new BundleField
        {
            Key = c[0], Label = c[1], Type = type, Required = c.ElementAtOrDefault(3) != "否", MapsTo = Split(c.ElementAtOrDefault(4), ','),
            When = Blank(c.ElementAtOrDefault(5)), Options = Split(c.ElementAtOrDefault(6), '、'), Prefill = prefill,
        };
    });

    public static List<BundleMaterial> ParseMaterials(string? text, Dictionary<string, string[]> errors) => Lines<BundleMaterial>(text, "materialsText", errors, 2, (c, _) =>
        new BundleMaterial
        {
            Name = c[0], Parts = Split(c[1], ','), When = Blank(c.ElementAtOrDefault(2)), Note = Blank(c.ElementAtOrDefault(3)),
            Forms = [MaterialForm.Original, MaterialForm.Electronic], Required = c.ElementAtOrDefault(2) is not { Length: > 0 }, Condition = Blank(c.ElementAtOrDefault(2)),
            Source = MaterialSource.Applicant,
        });

    private static readonly IReadOnlyDictionary<FormFieldType, string> FormFieldTypes = Enum.GetValues<FormFieldType>().ToDictionary(t => t, t => t.Label());

    private static List<T> Lines<T>(string? text, string field, Dictionary<string, string[]> errors, int minColumns, Func<string[], Func<string, T?>, T?> parse) where T : class
    {
        var list = new List<T>();
        var problems = new List<string>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var columns = lines[i].Split('|').Select(c => c.Trim()).ToArray();
            string? problem = null;
            T? Fail(string message) { problem = message; return null; }
            var parsed = columns.Length < minColumns ? Fail($"至少要有 {minColumns} 列（用“|”分隔）") : parse(columns, Fail);
            if (parsed is not null) list.Add(parsed);
            else problems.Add($"第 {i + 1} 行：{problem}");
        }
        if (problems.Count > 0) errors[field] = [.. problems];
        return list;
    }

    private static List<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
