using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Features.Bundles.Planning;

/// <summary>
/// What makes a bundle definition usable: keys unique, items published, conditions that parse,
/// predecessors listed earlier, every required item field fed by a bundle field, and a material
/// provided by a part's result only to parts that wait for that part. Keys are JSON paths.
/// </summary>
internal static class BundleValidation
{
    public static Dictionary<string, string[]> Validate(BundleDefinition d, IReadOnlyDictionary<string, PartItem> items)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        if (string.IsNullOrWhiteSpace(d.Name)) Add("name", "请填写一件事名称");
        else if (d.Name.Length > 100) Add("name", "名称不得超过100字");
        if (!Enum.IsDefined(d.LifeCycle)) Add("lifeCycle", "生命周期无效");
        else if (LifeCycles.Stages[d.LifeCycle].All(s => s.Name != d.Stage))
            Add("stage", $"阶段应为：{string.Join("、", LifeCycles.Stages[d.LifeCycle].Select(s => s.Name))}");
        if (d.PromisedLimitDays is < 0 or > 3650) Add("promisedLimitDays", "承诺时限应为0至3650个工作日");
        if (d.Parts.Count < 2) Add("parts", "一件事至少由两个事项组成");
        Questionnaire.Validate(d.Questions, "questions", Add);
        var questions = new Questionnaire(d.Questions);
        void Check(string? when, string at)
        {
            if (Condition.Check(when, questions) is { } problem) Add(at, problem);
        }

        var keys = new List<string>();
        for (var i = 0; i < d.Parts.Count; i++)
        {
            var p = d.Parts[i];
            if (!Questionnaire.IsKey(p.Key)) Add($"parts[{i}].key", "环节代码应以字母开头，只含字母、数字和下划线");
            else if (keys.Contains(p.Key)) Add($"parts[{i}].key", $"环节代码“{p.Key}”重复");
            if (!items.ContainsKey(p.ItemCode)) Add($"parts[{i}].itemCode", $"事项 {p.ItemCode} 不存在或未发布");
            Check(p.When, $"parts[{i}].when");
            foreach (var a in p.After.Where(a => !keys.Contains(a)))
                Add($"parts[{i}].after", $"前序环节“{a}”须是排在本环节之前的环节");
            keys.Add(p.Key);
        }

        var mapped = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Fields.Count; i++)
        {
            var f = d.Fields[i];
            if (!Questionnaire.IsKey(f.Key)) Add($"fields[{i}].key", "字段标识应以字母开头，只含字母、数字和下划线");
            else if (d.Fields.Take(i).Any(x => x.Key == f.Key)) Add($"fields[{i}].key", $"字段标识“{f.Key}”重复");
            if (string.IsNullOrWhiteSpace(f.Label)) Add($"fields[{i}].label", "请填写字段名称");
            if (f.Type == Catalog.FormFieldType.Choice && f.Options.Count == 0) Add($"fields[{i}].options", "选项字段须列出可选项");
            Check(f.When, $"fields[{i}].when");
            foreach (var target in f.MapsTo)
            {
                var (part, field) = target.Split('.', 2) is [var a, var b] ? (a, b) : (target, "");
                var p = d.Parts.FirstOrDefault(x => x.Key == part);
                var itemField = p is not null && items.TryGetValue(p.ItemCode, out var item) ? item.Guide.FormFields.FirstOrDefault(x => x.Key == field) : null;
                if (itemField is null) Add($"fields[{i}].mapsTo", $"“{target}”不是某个环节事项申请表的字段（写作 环节代码.字段标识）");
                else mapped.Add(target);
            }
        }
        for (var i = 0; i < d.Parts.Count; i++)
            if (items.TryGetValue(d.Parts[i].ItemCode, out var item))
                // A field the applicant's verified profile fills (name, ID number …) needs no bundle field.
                foreach (var f in item.Guide.FormFields.Where(f => f.Required && f.Prefill == Catalog.FormPrefill.None && !mapped.Contains($"{d.Parts[i].Key}.{f.Key}")))
                    Add($"parts[{i}].itemCode", $"“{item.Guide.Name}”申请表的必填项“{f.Label}”没有对应的一件事表单字段");

        for (var i = 0; i < d.Materials.Count; i++)
        {
            var m = d.Materials[i];
            if (string.IsNullOrWhiteSpace(m.Key) || d.Materials.Take(i).Any(x => x.Key == m.Key)) Add($"materials[{i}].key", "材料代码不能为空或重复");
            if (string.IsNullOrWhiteSpace(m.Name)) Add($"materials[{i}].name", "请填写材料名称");
            if (!m.Required && string.IsNullOrWhiteSpace(m.Condition) && string.IsNullOrWhiteSpace(m.When)) Add($"materials[{i}].condition", "非必要材料须写明在何种情形下提交");
            Check(m.When, $"materials[{i}].when");
            foreach (var k in m.Parts.Concat(m.ProvidedBy).Where(k => !keys.Contains(k))) Add($"materials[{i}].parts", $"没有“{k}”这个环节");
            foreach (var provider in m.ProvidedBy)
                foreach (var user in m.Parts.Where(u => keys.Contains(u) && !BundleMaterials.ComesAfter(d.Parts, u, provider)))
                    Add($"materials[{i}].providedBy", $"“{m.Name}”由环节“{provider}”的结果提供，需要它的环节“{user}”须排在其后");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
