namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>A sheet holding one of a guide's lists, one row per entry, keyed by 事项编码 in column A.</summary>
internal sealed class ListSheet(string name, Func<ServiceGuide, System.Collections.IList> list, Func<object> create,
    IReadOnlyList<(string Header, Func<object, string> Write, Func<object, string, string?> Read)> columns)
{
    public string Name => name;
    public IReadOnlyList<(string Header, Func<object, string> Write, Func<object, string, string?> Read)> Columns => columns;
    public System.Collections.IList Entries(ServiceGuide g) => list(g);
    public object Create() => create();
}

internal static class ListSheets
{
    private static (string, Func<object, string>, Func<object, string, string?>) Col<T>(string header, Func<T, string> write, Func<T, string, string?> read) =>
        (header, o => write((T)o), (o, v) => read((T)o, v));

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    public static readonly IReadOnlyList<ListSheet> All =
    [
        new("申请材料", g => g.Materials, () => new Material(),
        [
            Col<Material>("材料名称", m => m.Name, (m, v) => { m.Name = v; return null; }),
            Col<Material>("材料形式", m => ItemColumns.Join(m.Forms.Select(f => f.Label())), (m, v) => ItemColumns.List(CatalogNames.MaterialForms, v, m.Forms, "材料形式")),
            Col<Material>("份数", m => ItemColumns.Num(m.Copies), (m, v) => ItemColumns.Int(v, x => m.Copies = x)),
            Col<Material>("是否必要", m => ItemColumns.YesNo(m.Required), (m, v) => ItemColumns.Bool(v, x => m.Required = x)),
            Col<Material>("提交情形", m => m.Condition ?? "", (m, v) => { m.Condition = v.Length == 0 ? null : v; return null; }),
            Col<Material>("材料来源", m => m.Source?.Label() ?? "", (m, v) =>
            {
                if (v.Length == 0) { m.Source = null; return null; }
                return ItemColumns.Enum(CatalogNames.MaterialSources, v, x => m.Source = x, "材料来源");
            }),
            Col<Material>("备注", m => m.Note ?? "", (m, v) => { m.Note = v.Length == 0 ? null : v; return null; }),
        ]),
        new("办理流程", g => g.Steps, () => new ProcedureStep(),
        [
            Col<ProcedureStep>("环节名称", s => s.Name, (s, v) => { s.Name = v; return null; }),
            Col<ProcedureStep>("时限（工作日）", s => ItemColumns.Num(s.Days), (s, v) => ItemColumns.Int(v, x => s.Days = x)),
            Col<ProcedureStep>("审查标准", s => s.Standard ?? "", (s, v) => { s.Standard = v.Length == 0 ? null : v; return null; }),
        ]),
        new("常见问题", g => g.Faqs, () => new Faq(),
        [
            Col<Faq>("问题", f => f.Question, (f, v) => { f.Question = v; return null; }),
            Col<Faq>("解答", f => f.Answer, (f, v) => { f.Answer = v; return null; }),
        ]),
        new("申请表单", g => g.FormFields, () => new FormField(),
        [
            Col<FormField>("字段标识", f => f.Key, (f, v) => { f.Key = v; return null; }),
            Col<FormField>("字段名称", f => f.Label, (f, v) => { f.Label = v; return null; }),
            Col<FormField>("类型", f => f.Type.ToString(), (f, v) => Enum.TryParse<FormFieldType>(v, true, out var t) ? Set(() => f.Type = t) : $"类型“{v}”无效，可选：{string.Join("、", Enum.GetNames<FormFieldType>())}"),
            Col<FormField>("是否必填", f => ItemColumns.YesNo(f.Required), (f, v) => ItemColumns.Bool(v, x => f.Required = x)),
            Col<FormField>("可选项", f => ItemColumns.Join(f.Options), (f, v) => { f.Options = ItemColumns.Split(v); return null; }),
            Col<FormField>("预填", f => f.Prefill.ToString(), (f, v) => v.Length == 0 ? Set(() => f.Prefill = FormPrefill.None) : Enum.TryParse<FormPrefill>(v, true, out var p) ? Set(() => f.Prefill = p) : $"预填“{v}”无效"),
        ]),
        new("中介服务", g => g.IntermediaryServices, () => new IntermediaryService(),
        [
            Col<IntermediaryService>("中介服务名称", s => s.Name, (s, v) => { s.Name = v; return null; }),
            Col<IntermediaryService>("设置依据", s => s.Basis ?? "", (s, v) => { s.Basis = v.Length == 0 ? null : v; return null; }),
            Col<IntermediaryService>("实施机构", s => s.Provider ?? "", (s, v) => { s.Provider = v.Length == 0 ? null : v; return null; }),
        ]),
    ];
}
